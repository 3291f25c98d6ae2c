package com.mstudio.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** One shared, configured mapper for the CLI's --json output (one object per line, keys in insertion order). */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

    private Json() {}

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write JSON", e);
        }
    }

    /** JSON has no NaN: an undefined figure (a class never predicted, a test set with one class) is null. */
    static Double number(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
