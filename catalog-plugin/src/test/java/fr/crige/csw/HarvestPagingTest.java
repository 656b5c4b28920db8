package fr.crige.csw;

/** The partner harvests over a catalogue past the 10,000 records where offset paging commonly breaks. */
class HarvestPagingTest extends HarvestPagingScenario {

    @Override
    int harvested() {
        return 10_500;
    }
}
