package fr.crige.csw;

/**
 * The partner harvests over 25,000 generated records (issue #5, "How to know it works"). An integration test,
 * run by failsafe in the verify phase ({@code mvn -pl catalog-plugin verify -Dit.test=HarvestPagingIT}):
 * loading and paging 25,000 full ISO records takes minutes with offset paging in SQLite.
 */
class HarvestPagingIT extends HarvestPagingScenario {

    @Override
    int harvested() {
        return 25_000;
    }
}
