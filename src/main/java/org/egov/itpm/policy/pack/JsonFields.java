package org.egov.itpm.policy.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Typed field access over a Jackson tree that records problems instead of failing on the first. */
final class JsonFields {

    private final List<PackProblem> problems = new ArrayList<>();

    List<PackProblem> problems() {
        return problems;
    }

    void problem(String path, String message) {
        problems.add(new PackProblem(path, message));
    }

    private JsonNode field(JsonNode parent, String name, String path, boolean required) {
        JsonNode node = parent == null ? null : parent.get(name);
        if (node == null || node.isNull()) {
            if (required) {
                problem(path + "." + name, "is required");
            }
            return null;
        }
        return node;
    }

    String text(JsonNode parent, String name, String path, boolean required) {
        JsonNode node = field(parent, name, path, required);
        if (node == null) {
            return null;
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            problem(path + "." + name, "must be a non-empty string");
            return null;
        }
        return node.asText();
    }

    Integer integer(JsonNode parent, String name, String path, boolean required, int min) {
        JsonNode node = field(parent, name, path, required);
        if (node == null) {
            return null;
        }
        if (!node.isIntegralNumber() || node.asInt() < min) {
            problem(path + "." + name, "must be an integer >= " + min);
            return null;
        }
        return node.asInt();
    }

    BigDecimal decimal(JsonNode parent, String name, String path, boolean required) {
        JsonNode node = field(parent, name, path, required);
        if (node == null) {
            return null;
        }
        if (!node.isNumber() || node.decimalValue().signum() < 0) {
            problem(path + "." + name, "must be a non-negative number");
            return null;
        }
        return node.decimalValue();
    }

    boolean bool(JsonNode parent, String name, String path) {
        JsonNode node = field(parent, name, path, false);
        if (node != null && !node.isBoolean()) {
            problem(path + "." + name, "must be true or false");
        }
        return node != null && node.asBoolean();
    }

    LocalDate date(JsonNode parent, String name, String path, boolean required) {
        String value = text(parent, name, path, required);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problem(path + "." + name, "must be an ISO date (yyyy-MM-dd), got '" + value + "'");
            return null;
        }
    }

    <E extends Enum<E>> E enumValue(JsonNode parent, String name, String path, Class<E> type, boolean required) {
        String value = text(parent, name, path, required);
        return value == null ? null : constant(value, path + "." + name, type);
    }

    <E extends Enum<E>> E constant(String value, String path, Class<E> type) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            problem(path, "unknown " + type.getSimpleName() + " '" + value + "', expected one of "
                    + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    <E extends Enum<E>> Set<E> enumSet(JsonNode parent, String name, String path, Class<E> type) {
        Set<E> result = EnumSet.noneOf(type);
        int i = 0;
        for (String value : strings(parent, name, path, false)) {
            E constant = constant(value, path + "." + name + "[" + i++ + "]", type);
            if (constant != null) {
                result.add(constant);
            }
        }
        return result;
    }

    List<String> strings(JsonNode parent, String name, String path, boolean required) {
        List<String> result = new ArrayList<>();
        int i = 0;
        for (JsonNode item : array(parent, name, path, required)) {
            if (item.isTextual() && !item.asText().isBlank()) {
                result.add(item.asText());
            } else {
                problem(path + "." + name + "[" + i + "]", "must be a non-empty string");
            }
            i++;
        }
        if (required && result.isEmpty() && parent != null && parent.get(name) != null) {
            problem(path + "." + name, "must not be empty");
        }
        return result;
    }

    List<JsonNode> array(JsonNode parent, String name, String path, boolean required) {
        JsonNode node = field(parent, name, path, required);
        if (node == null) {
            return List.of();
        }
        if (!node.isArray()) {
            problem(path + "." + name, "must be an array");
            return List.of();
        }
        List<JsonNode> items = new ArrayList<>();
        node.forEach(items::add);
        return items;
    }

    JsonNode object(JsonNode parent, String name, String path, boolean required) {
        JsonNode node = field(parent, name, path, required);
        if (node != null && !node.isObject()) {
            problem(path + "." + name, "must be an object");
            return null;
        }
        return node;
    }
}
