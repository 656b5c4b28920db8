package fr.crige.csw.request;

import fr.crige.core.filter.ComparisonOperator;
import fr.crige.core.filter.Filter;
import fr.crige.core.filter.Literal;
import fr.crige.core.filter.PropertyName;
import fr.crige.ows.OwsException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;

/**
 * Parses the OGC Common Query Language subset that catalogue clients send as {@code CONSTRAINTLANGUAGE=CQL_TEXT}
 * (OGC 07-006r1, 6.2.2): comparisons ({@code = <> < > <= >=}), {@code [NOT] LIKE} and {@code ILIKE} with
 * {@code %} and {@code _}, {@code IS [NOT] NULL}, {@code [NOT] BETWEEN}, {@code BBOX(property, minx, miny,
 * maxx, maxy[, 'crs'])} with longitude first, {@code AND}, {@code OR}, {@code NOT} and parentheses. Strings
 * are single-quoted with {@code ''} for a quote; keywords ignore case.
 *
 * <p>No CQL library fits (the GeoTools one drags in GeoTools), and this grammar is small: a tokenizer and a
 * recursive-descent parser. Syntax errors report the 1-based character position. Thread-safe.
 */
public final class CqlParser {

    private static final Map<String, ComparisonOperator> OPERATORS = Map.of("=", ComparisonOperator.EQUAL_TO,
            "<>", ComparisonOperator.NOT_EQUAL_TO, "<", ComparisonOperator.LESS_THAN, ">",
            ComparisonOperator.GREATER_THAN, "<=", ComparisonOperator.LESS_THAN_OR_EQUAL_TO, ">=",
            ComparisonOperator.GREATER_THAN_OR_EQUAL_TO);

    private enum Kind { WORD, STRING, NUMBER, SYMBOL, END }

    private record Token(Kind kind, String text, int position) {
        boolean is(String keyword) {
            return (kind == Kind.WORD || kind == Kind.SYMBOL) && text.equalsIgnoreCase(keyword);
        }
    }

    /**
     * @throws OwsException InvalidParameterValue, locator Constraint, with the position of a syntax error
     */
    public Filter parse(String cql) {
        Parser parser = new Parser(tokenize(cql));
        Filter filter = parser.or();
        parser.expectEnd();
        return filter;
    }

    private static OwsException error(int position, String message) {
        return OwsException.invalidParameter(QueryableFilters.CONSTRAINT,
                "CQL syntax error at position " + position + ": " + message);
    }

    private static List<Token> tokenize(String cql) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < cql.length()) {
            char c = cql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'') {
                StringBuilder s = new StringBuilder();
                int start = i++;
                while (true) {
                    if (i >= cql.length()) {
                        throw error(start + 1, "unterminated string");
                    }
                    if (cql.charAt(i) == '\'') {
                        if (i + 1 < cql.length() && cql.charAt(i + 1) == '\'') {
                            s.append('\'');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    s.append(cql.charAt(i++));
                }
                tokens.add(new Token(Kind.STRING, s.toString(), start + 1));
            } else if (Character.isDigit(c) || ((c == '-' || c == '.') && i + 1 < cql.length()
                    && Character.isDigit(cql.charAt(i + 1)))) {
                int start = i++;
                while (i < cql.length() && (Character.isDigit(cql.charAt(i)) || ".eE-+".indexOf(cql.charAt(i)) >= 0
                        && !(cql.charAt(i) == '-' && "eE".indexOf(cql.charAt(i - 1)) < 0))) {
                    i++;
                }
                tokens.add(new Token(Kind.NUMBER, cql.substring(start, i), start + 1));
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < cql.length() && (Character.isLetterOrDigit(cql.charAt(i)) || "_:.".indexOf(cql.charAt(i)) >= 0)) {
                    i++;
                }
                tokens.add(new Token(Kind.WORD, cql.substring(start, i), start + 1));
            } else if (c == '<' || c == '>') {
                int start = i++;
                if (i < cql.length() && (cql.charAt(i) == '=' || (c == '<' && cql.charAt(i) == '>'))) {
                    i++;
                }
                tokens.add(new Token(Kind.SYMBOL, cql.substring(start, i), start + 1));
            } else if ("=(),".indexOf(c) >= 0) {
                tokens.add(new Token(Kind.SYMBOL, String.valueOf(c), i + 1));
                i++;
            } else {
                throw error(i + 1, "unexpected character '" + c + "'");
            }
        }
        tokens.add(new Token(Kind.END, "", cql.length() + 1));
        return tokens;
    }

    private static final class Parser {
        private final List<Token> tokens;
        private int next;

        Parser(List<Token> tokens) {
            this.tokens = tokens;
        }

        Filter or() {
            List<Filter> terms = new ArrayList<>(List.of(and()));
            while (peek().is("OR")) {
                next++;
                terms.add(and());
            }
            return terms.size() == 1 ? terms.get(0) : new Filter.Or(terms);
        }

        private Filter and() {
            List<Filter> terms = new ArrayList<>(List.of(not()));
            while (peek().is("AND")) {
                next++;
                terms.add(not());
            }
            return terms.size() == 1 ? terms.get(0) : new Filter.And(terms);
        }

        private Filter not() {
            if (peek().is("NOT")) {
                next++;
                return new Filter.Not(not());
            }
            return primary();
        }

        private Filter primary() {
            Token t = take();
            if (t.is("(")) {
                Filter inner = or();
                expect(")");
                return inner;
            }
            if (t.kind == Kind.WORD && t.is("BBOX") && peek().is("(")) {
                return bbox();
            }
            if (t.kind != Kind.WORD) {
                throw error(t.position, "expected a queryable name, got '" + t.text + "'");
            }
            PropertyName property = new PropertyName(t.text);
            boolean negated = false;
            if (peek().is("NOT")) {
                next++;
                negated = true;
            }
            Token op = take();
            Filter predicate;
            if (op.is("LIKE") || op.is("ILIKE")) {
                predicate = new Filter.Like(property, string().text, '%', '_', '\\', op.is("LIKE"));
            } else if (op.is("BETWEEN")) {
                Literal lower = literal();
                expect("AND");
                predicate = new Filter.Between(property, lower, literal());
            } else if (op.is("IS") && !negated) {
                boolean isNot = peek().is("NOT");
                if (isNot) {
                    next++;
                }
                expect("NULL");
                Filter isNull = new Filter.IsNull(property);
                return isNot ? new Filter.Not(isNull) : isNull;
            } else if (OPERATORS.containsKey(op.text) && op.kind == Kind.SYMBOL && !negated) {
                return new Filter.Comparison(OPERATORS.get(op.text), property, literal(), true);
            } else {
                throw error(op.position, "expected an operator after " + property.name() + ", got '" + op.text + "'");
            }
            return negated ? new Filter.Not(predicate) : predicate;
        }

        private Filter bbox() {
            expect("(");
            Token property = take();
            if (property.kind != Kind.WORD) {
                throw error(property.position, "expected the BoundingBox queryable");
            }
            double[] c = new double[4];
            for (int i = 0; i < 4; i++) {
                expect(",");
                c[i] = number();
            }
            int srid = 4326;
            if (peek().is(",")) {
                next++;
                Token crs = string();
                String code = crs.text.replaceAll(".*[:/#]", "");
                try {
                    srid = Integer.parseInt(code);
                } catch (NumberFormatException e) {
                    throw error(crs.position, "unsupported CRS '" + crs.text + "'");
                }
            }
            expect(")");
            return new Filter.BBox(new PropertyName(property.text), new Envelope(c[0], c[2], c[1], c[3]), srid);
        }

        private Literal literal() {
            Token t = take();
            return switch (t.kind) {
                case STRING, NUMBER -> new Literal(t.text);
                default -> throw error(t.position, "expected a literal, got '" + t.text + "'");
            };
        }

        private double number() {
            Token t = take();
            if (t.kind != Kind.NUMBER) {
                throw error(t.position, "expected a number, got '" + t.text + "'");
            }
            try {
                return Double.parseDouble(t.text);
            } catch (NumberFormatException e) {
                throw error(t.position, "malformed number '" + t.text + "'");
            }
        }

        private Token string() {
            Token t = take();
            if (t.kind != Kind.STRING) {
                throw error(t.position, "expected a quoted string, got '" + t.text + "'");
            }
            return t;
        }

        private void expect(String symbol) {
            Token t = take();
            if (!t.is(symbol)) {
                throw error(t.position, "expected " + symbol.toUpperCase(Locale.ROOT) + ", got '"
                        + (t.kind == Kind.END ? "end of text" : t.text) + "'");
            }
        }

        void expectEnd() {
            Token t = peek();
            if (t.kind != Kind.END) {
                throw error(t.position, "unexpected '" + t.text + "'");
            }
        }

        private Token peek() {
            return tokens.get(next);
        }

        private Token take() {
            Token t = tokens.get(next);
            if (t.kind != Kind.END) {
                next++;
            }
            return t;
        }
    }
}
