package fr.crige.quality.model;

import java.util.List;
import java.util.Set;

/** A value in a condition: a field of the row, a context parameter, a literal or a concatenation. */
public sealed interface Operand {

    /** Adds the fields this operand reads to the set (conditions are gated on them). */
    void collectFields(Set<String> fields);

    /** Adds the context parameters this operand reads to the set. */
    void collectContext(Set<String> names);

    record Field(String name) implements Operand {
        @Override
        public void collectFields(Set<String> fields) {
            fields.add(name);
        }

        @Override
        public void collectContext(Set<String> names) {
        }
    }

    record Context(String name) implements Operand {
        @Override
        public void collectFields(Set<String> fields) {
        }

        @Override
        public void collectContext(Set<String> names) {
            names.add(name);
        }
    }

    record Literal(Object value) implements Operand {
        @Override
        public void collectFields(Set<String> fields) {
        }

        @Override
        public void collectContext(Set<String> names) {
        }
    }

    record Concat(List<Operand> parts) implements Operand {
        public Concat {
            parts = List.copyOf(parts);
        }

        @Override
        public void collectFields(Set<String> fields) {
            parts.forEach(p -> p.collectFields(fields));
        }

        @Override
        public void collectContext(Set<String> names) {
            parts.forEach(p -> p.collectContext(names));
        }
    }
}
