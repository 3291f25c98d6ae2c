package com.mstudio.app.cli;

import com.mstudio.engine.api.StudioException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parsed command line: positional words, {@code --flag}s, {@code --option value}s (repeatable). Unknown options
 * are an error in plain words, so a typo never silently changes what a command does.
 */
final class CliArgs {
    private final List<String> positional = new ArrayList<>();
    private final Map<String, List<String>> options = new LinkedHashMap<>();

    private CliArgs() {}

    /**
     * @param flags       options without a value, e.g. "json"
     * @param withValue   options that take a value, e.g. "encoding"
     */
    static CliArgs parse(List<String> args, Set<String> flags, Set<String> withValue) {
        CliArgs parsed = new CliArgs();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--")) {
                String name = a.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq > 0 && withValue.contains(name.substring(0, eq))) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (flags.contains(name)) {
                    parsed.options.computeIfAbsent(name, k -> new ArrayList<>()).add("true");
                } else if (withValue.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= args.size()) throw new StudioException("Option --" + name + " needs a value.");
                        value = args.get(++i);
                    }
                    parsed.options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
                } else {
                    throw new StudioException("Unknown option --" + name + ".");
                }
            } else {
                parsed.positional.add(a);
            }
        }
        return parsed;
    }

    List<String> positional() {
        return positional;
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }

    String option(String name) {
        List<String> v = options.get(name);
        return v == null ? null : v.get(v.size() - 1);
    }

    List<String> options(String name) {
        return options.getOrDefault(name, List.of());
    }

    int intOption(String name, int fallback) {
        String v = option(name);
        if (v == null) return fallback;
        try {
            return Integer.parseInt(v.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new StudioException("Option --" + name + " needs a whole number, not '" + v + "'.");
        }
    }

    long longOption(String name, long fallback) {
        String v = option(name);
        if (v == null) return fallback;
        try {
            return Long.parseLong(v.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new StudioException("Option --" + name + " needs a whole number, not '" + v + "'.");
        }
    }

    /** The option's value; a command that cannot run without it says which, and what it is for. */
    String required(String command, String option, String what) {
        String v = option(option);
        if (v == null || v.isBlank()) throw new StudioException("'" + command + "' needs --" + option + ": " + what + ".");
        return v;
    }
}
