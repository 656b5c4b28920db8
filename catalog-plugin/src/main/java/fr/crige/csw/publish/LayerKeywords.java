package fr.crige.csw.publish;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A layer's keywords sorted the way an ISO 19139 record needs them: those naming an INSPIRE theme, those that
 * are ISO topic category codes, and the free keywords. Keywords are the only place where a catalog
 * administrator can say which theme and category a layer belongs to, so they are read for both.
 *
 * @param free       keywords of no vocabulary, in their order
 * @param themes     the INSPIRE themes named, in order, without repetition
 * @param categories the topic category codes given, in order, without repetition
 */
record LayerKeywords(List<String> free, List<InspireTheme> themes, List<String> categories) {

    static LayerKeywords of(List<String> keywords) {
        List<String> free = new ArrayList<>();
        Set<InspireTheme> themes = new LinkedHashSet<>();
        Set<String> categories = new LinkedHashSet<>();
        for (String keyword : keywords) {
            String k = keyword.strip();
            if (k.isEmpty()) {
                continue;
            }
            if (PublicationDefaults.TOPIC_CATEGORIES.contains(k)) {
                categories.add(k);
            } else {
                InspireTheme.ofKeyword(k).ifPresentOrElse(themes::add, () -> free.add(k));
            }
        }
        return new LayerKeywords(List.copyOf(free), List.copyOf(themes), List.copyOf(categories));
    }

    /**
     * The topic categories of the layer: those given, then those of its INSPIRE themes, or the platform's
     * default when neither says anything.
     */
    List<String> topicCategories(String fallback) {
        Set<String> all = new LinkedHashSet<>(categories);
        themes.forEach(t -> t.topicCategory().ifPresent(all::add));
        return all.isEmpty() ? List.of(fallback) : List.copyOf(all);
    }
}
