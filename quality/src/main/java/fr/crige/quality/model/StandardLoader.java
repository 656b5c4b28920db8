package fr.crige.quality.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a standard file (YAML or JSON, same structure) written in the rule model of rule-model.md. Every
 * element is checked as it is read so that a faulty standard fails when loaded, with a message naming the
 * element, and never in the middle of a validation.
 */
public final class StandardLoader {

    private static final int MODEL_VERSION = 1;

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    private final ObjectMapper json = new ObjectMapper();

    /** Loads a file; the format is chosen by extension (.json, else YAML). */
    public Standard load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"));
        } catch (StandardFormatException e) {
            throw new StandardFormatException(file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    public Standard load(InputStream in, boolean isJson) throws IOException {
        JsonNode root = (isJson ? json : yaml).readTree(in);
        if (root == null || !root.isObject()) {
            throw new StandardFormatException("a standard file is a mapping");
        }
        int version = root.path("modelVersion").asInt(MODEL_VERSION);
        if (version != MODEL_VERSION) {
            throw new StandardFormatException("modelVersion " + version + " is not supported (expected 1)");
        }
        JsonNode id = root.path("standard");
        List<Standard.Source> sources = list(id.path("sources"),
                s -> new Standard.Source(text(s, "title"), text(s, "url")));
        List<ContextParameter> context = list(root.path("context"), this::contextParameter);
        List<TableRule> tables = list(root.path("tables"), this::table);
        if (tables.isEmpty()) {
            throw new StandardFormatException("no table");
        }
        return new Standard(requiredText(id, "id", "standard"), text(id, "title"), text(id, "version"),
                isoDate(text(id, "date")), text(id, "publisher"), sources, context,
                root.has("document") ? document(root.get("document")) : null, tables);
    }

    private static DocumentRule document(JsonNode node) {
        JsonNode folder = node.path("folderName");
        return new DocumentRule(regex(text(folder, "pattern"), "document.folderName"),
                list(node.path("files"), StandardLoader::fileRule));
    }

    private static DocumentRule.FileRule fileRule(JsonNode node) {
        String name = requiredText(node, "name", "document.files");
        String type = textOr(node, "type", "table").toUpperCase(Locale.ROOT);
        DocumentRule.FileType fileType;
        try {
            fileType = DocumentRule.FileType.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw new StandardFormatException("document file " + name + ": unknown type '" + type
                    + "' (table, pdf, metadata, directory)");
        }
        String mandatory = textOr(node, "mandatory", "ERROR");
        Level level = mandatory.equalsIgnoreCase("OPTIONAL") ? Level.IGNORE : Level.parse(mandatory, Level.ERROR);
        return new DocumentRule.FileRule(name, regex(requiredText(node, "path", "document file " + name),
                "document file " + name), fileType, level);
    }

    private static String isoDate(String text) {
        if (text == null) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(text).toString();
        } catch (java.time.format.DateTimeParseException e) {
            throw new StandardFormatException("standard date '" + text + "' is not an ISO date (yyyy-MM-dd)");
        }
    }

    private ContextParameter contextParameter(JsonNode node) {
        String name = requiredText(node, "name", "context");
        return new ContextParameter(name, text(node, "description"), FieldType.parse(text(node, "type")),
                regex(text(node, "pattern"), "context " + name), strings(node.path("dateFormats")),
                regex(text(node.path("derivedFrom"), "folderName"), "context " + name + ".derivedFrom.folderName"));
    }

    private TableRule table(JsonNode node) {
        String name = requiredText(node, "name", "table");
        try {
            JsonNode encoding = node.path("encoding");
            JsonNode crs = node.path("crs");
            Map<String, double[]> domains = new LinkedHashMap<>();
            node.path("crsDomains").fields().forEachRemaining(e -> domains.put(CrsNames.normalise(e.getKey()),
                    domain(e.getValue(), e.getKey())));
            List<String> allowed = strings(crs.path("allowed")).stream().map(CrsNames::normalise).toList();
            return new TableRule(name, text(node, "description"), regex(text(node, "filePattern"), "filePattern"),
                    strings(node.path("formats")), textOr(encoding, "expected", "UTF-8"),
                    Level.parse(text(encoding, "onMismatch"), Level.ERROR), csv(node.path("csv")), allowed,
                    Level.parse(text(crs, "onMismatch"), Level.ERROR), domains, geometry(node.path("geometry")),
                    columns(node.path("columns")), list(node.path("fields"), this::field),
                    strings(node.path("primaryKey")), list(node.path("conditions"), this::condition),
                    list(node.path("topology"), this::topology), Level.parse(text(node, "empty"), Level.ERROR));
        } catch (StandardFormatException e) {
            throw new StandardFormatException("table " + name + ": " + e.getMessage(), e);
        }
    }

    private static double[] domain(JsonNode node, String crs) {
        if (!node.isArray() || node.size() != 4) {
            throw new StandardFormatException("crsDomains." + crs + " must be [minX, minY, maxX, maxY]");
        }
        return new double[] {node.get(0).asDouble(), node.get(1).asDouble(), node.get(2).asDouble(),
                node.get(3).asDouble()};
    }

    private static TableRule.CsvDialect csv(JsonNode node) {
        if (node.isMissingNode()) {
            return TableRule.CsvDialect.detect();
        }
        String delimiter = text(node, "delimiter");
        String quote = textOr(node, "quoteChar", "\"");
        List<String> missing = node.has("missingValues") ? strings(node.path("missingValues")) : List.of("");
        return new TableRule.CsvDialect(delimiter == null || delimiter.isEmpty() ? null : delimiter.charAt(0),
                node.path("header").asBoolean(true), quote.charAt(0), missing);
    }

    private static GeometryRule geometry(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        List<String> types = strings(node.path("types"));
        if (types.isEmpty()) {
            throw new StandardFormatException("geometry.types is empty");
        }
        return new GeometryRule(node.path("required").asBoolean(false), types,
                GeometryRule.MultiPolicy.parse(text(node, "multi")), Level.parse(text(node, "validity"), Level.IGNORE),
                "crs-domain".equals(text(node, "extent")));
    }

    private static ColumnPolicy columns(JsonNode node) {
        ColumnPolicy d = ColumnPolicy.defaults();
        return new ColumnPolicy(Level.parse(text(node, "missing"), d.missing()),
                Level.parse(text(node, "missingOptional"), d.missingOptional()),
                Level.parse(text(node, "unexpected"), d.unexpected()), strings(node.path("allowPrefix")),
                node.path("caseSensitive").asBoolean(true));
    }

    private FieldRule field(JsonNode node) {
        String name = requiredText(node, "name", "field");
        Map<String, Level> severities = new HashMap<>();
        node.path("severity").fields().forEachRemaining(e -> severities.put(e.getKey(),
                Level.parse(e.getValue().asText(), Level.ERROR)));
        JsonNode list = node.path("list");
        ListRule listRule = list.isMissingNode() ? null
                : new ListRule(requiredText(list, "separator", "list of " + name), text(list, "itemPattern"),
                        strings(list.path("itemEnum")));
        if (listRule != null) {
            regex(listRule.itemPattern(), "list of " + name);
        }
        String characters = text(node, "characters");
        return new FieldRule(name, text(node, "title"), text(node, "description"),
                !"optional".equals(textOr(node, "presence", "required")), FieldType.parse(text(node, "type")),
                node.path("required").asBoolean(false), integer(node, "maxLength"), integer(node, "minLength"),
                regex(text(node, "pattern"), "pattern of " + name), strings(node.path("enum")),
                text(node, "minimum"), text(node, "maximum"), node.path("unique").asBoolean(false),
                strings(node.path("dateFormats")), strings(node.path("trueValues")),
                strings(node.path("falseValues")), text(node, "decimalChar"), listRule,
                characters == null ? null : CharacterSet.parse(characters), severities);
    }

    private ConditionRule condition(JsonNode node) {
        String id = requiredText(node, "id", "condition");
        try {
            JsonNode assertion = node.path("assert");
            if (assertion.isMissingNode()) {
                throw new StandardFormatException("no assert");
            }
            JsonNode when = node.path("when");
            return new ConditionRule(id, text(node, "description"), textOr(node, "code", "DATABASE_CONSTRAINT_MISMATCH"),
                    Level.parse(text(node, "severity"), Level.ERROR),
                    when.isMissingNode() ? null : expression(when), expression(assertion));
        } catch (StandardFormatException e) {
            throw new StandardFormatException("condition " + id + ": " + e.getMessage(), e);
        }
    }

    private static final Map<String, Condition.Operator> OPERATORS = Map.of("eq", Condition.Operator.EQ,
            "ne", Condition.Operator.NE, "equalsIgnoreCase", Condition.Operator.EQUALS_IGNORE_CASE,
            "lt", Condition.Operator.LT, "lte", Condition.Operator.LTE, "gt", Condition.Operator.GT,
            "gte", Condition.Operator.GTE, "startsWith", Condition.Operator.STARTS_WITH,
            "matches", Condition.Operator.MATCHES);

    private Condition expression(JsonNode node) {
        if (!node.isObject() || node.size() != 1) {
            throw new StandardFormatException("an expression is a mapping with one operator: " + node);
        }
        Map.Entry<String, JsonNode> entry = node.fields().next();
        String op = entry.getKey();
        JsonNode args = entry.getValue();
        Condition.Operator comparison = OPERATORS.get(op);
        if (comparison != null) {
            requireArity(op, args, 2);
            if (comparison == Condition.Operator.MATCHES) {
                regex(args.get(1).asText(), "matches");
            }
            return new Condition.Compare(comparison, operand(args.get(0)), operand(args.get(1)));
        }
        return switch (op) {
            case "in" -> {
                requireArity(op, args, 2);
                if (!args.get(1).isArray()) {
                    throw new StandardFormatException("in: the second argument is a list");
                }
                yield new Condition.In(operand(args.get(0)), list(args.get(1), this::operand));
            }
            case "notNull", "isNull" -> new Condition.Nullity(op.equals("isNull"), strings(args));
            case "and" -> new Condition.And(list(args, this::expression));
            case "or" -> new Condition.Or(list(args, this::expression));
            case "not" -> new Condition.Not(expression(args));
            default -> throw new StandardFormatException("unknown operator '" + op + "'");
        };
    }

    private Operand operand(JsonNode node) {
        if (node.isObject()) {
            if (node.has("field")) {
                return new Operand.Field(node.get("field").asText());
            }
            if (node.has("context")) {
                return new Operand.Context(node.get("context").asText());
            }
            if (node.has("concat")) {
                return new Operand.Concat(list(node.get("concat"), this::operand));
            }
            throw new StandardFormatException("unknown operand " + node);
        }
        if (node.isNumber()) {
            return new Operand.Literal(node.decimalValue());
        }
        if (node.isBoolean()) {
            return new Operand.Literal(node.booleanValue());
        }
        return new Operand.Literal(node.asText());
    }

    private TopologyRule topology(JsonNode node) {
        String id = requiredText(node, "id", "topology");
        String type = requiredText(node, "type", "topology " + id);
        if (!"noOverlap".equals(type)) {
            throw new StandardFormatException("topology " + id + ": unknown type '" + type + "'");
        }
        return new TopologyRule(id, text(node, "description"), textOr(node, "code", "GEOMETRY_OVERLAP"),
                Level.parse(text(node, "severity"), Level.ERROR), node.path("areaTolerance").asDouble(0));
    }

    private static void requireArity(String op, JsonNode args, int n) {
        if (!args.isArray() || args.size() != n) {
            throw new StandardFormatException(op + " takes " + n + " arguments");
        }
    }

    private static <T> List<T> list(JsonNode node, Function<JsonNode, T> mapper) {
        List<T> result = new ArrayList<>();
        if (node.isArray()) {
            for (Iterator<JsonNode> it = node.elements(); it.hasNext();) {
                result.add(mapper.apply(it.next()));
            }
        } else if (!node.isMissingNode() && !node.isNull()) {
            throw new StandardFormatException("expected a list, got " + node);
        }
        return result;
    }

    private static List<String> strings(JsonNode node) {
        return list(node, JsonNode::asText);
    }

    private static String text(JsonNode node, String name) {
        JsonNode v = node.path(name);
        return v.isMissingNode() || v.isNull() ? null : v.asText();
    }

    private static String textOr(JsonNode node, String name, String fallback) {
        String t = text(node, name);
        return t == null ? fallback : t;
    }

    private static String requiredText(JsonNode node, String name, String where) {
        String t = text(node, name);
        if (t == null || t.isBlank()) {
            throw new StandardFormatException(where + ": '" + name + "' is required");
        }
        return t;
    }

    private static Integer integer(JsonNode node, String name) {
        JsonNode v = node.path(name);
        return v.isMissingNode() || v.isNull() ? null : v.asInt();
    }

    private static Pattern regex(String regex, String where) {
        if (regex == null) {
            return null;
        }
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new StandardFormatException(where + ": invalid regex " + regex + " (" + e.getDescription() + ")");
        }
    }

}
