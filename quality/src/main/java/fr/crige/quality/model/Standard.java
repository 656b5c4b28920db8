package fr.crige.quality.model;

import java.util.List;
import java.util.Optional;

/**
 * A data standard loaded from a file of the data directory (rule-model.md): identification, context
 * parameters and tables. Adding a standard is adding a file; no code knows a particular standard.
 *
 * @param id        stable lower-case identifier
 * @param title     human title
 * @param version   version of the standard text
 * @param date      publication date of that version (ISO 8601), or null: cited with the title when a
 *                  conformity result is written into a catalogue record
 * @param publisher who publishes it
 * @param sources   texts it was written from
 * @param context   parameters callers supply (expected IDURBA...)
 * @param document  rules on the delivered folder, or null when the standard only describes tables
 * @param tables    the tables it describes
 */
public record Standard(String id, String title, String version, String date, String publisher, List<Source> sources,
        List<ContextParameter> context, DocumentRule document, List<TableRule> tables) {

    public Standard {
        sources = List.copyOf(sources);
        context = List.copyOf(context);
        tables = List.copyOf(tables);
    }

    public Optional<TableRule> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public Optional<ContextParameter> contextParameter(String name) {
        return context.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** A text the standard was written from. */
    public record Source(String title, String url) {
    }
}
