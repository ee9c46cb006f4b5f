"""How does an analyst script load claims, reconcile them and pick out the contested questions?

Run it from the repository root:  python examples/analyst_script.py
"""

from pathlib import Path

from reconcile import EstimatePolicy, Status, entity_resolver, read_aliases, read_claims, reconcile
from reconcile.entities import DEFAULT_ALIASES

HERE = Path(__file__).parent / "iraq_withdrawal"


def main() -> None:
    loaded = read_claims(HERE / "claims.jsonl")
    aliases = read_aliases(HERE / "aliases.json", base=DEFAULT_ALIASES)
    result = reconcile(
        loaded.claims,
        loaded.documents,
        resolver=entity_resolver(aliases),
        policy=EstimatePolicy.CONSERVATIVE,
        rejected=loaded.rejected,
    )
    print(f"{len(result.claims)} claims, {len(result.rejected)} rejected")
    source_names = {source.id: source.name for source in result.sources}
    for verdict in result.verdicts:
        if verdict.status is Status.CONTESTED:
            print(f"contested: {verdict.subject} / {verdict.attribute}")
            for cluster in verdict.clusters:
                names = ", ".join(source_names[s] for s in cluster.sources)
                print(f"  {cluster.value}: {names}")
    confirmed = [v for v in result.verdicts if v.status is Status.CONFIRMED]
    print(f"confirmed: {len(confirmed)} questions")


if __name__ == "__main__":
    main()
