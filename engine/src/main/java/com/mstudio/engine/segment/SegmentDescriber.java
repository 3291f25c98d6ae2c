package com.mstudio.engine.segment;

import com.mstudio.engine.data.clean.FeatureSuggester;

import com.mstudio.engine.api.SegmentProfile.FeatureContrast;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words for a segment, generated from its contrasts: the most distinctive features as phrases ("tenure high",
 * "contract = Two year"), a description ("Long tenure · Two year contract · high monthly charges · low churn") and a
 * short name ("Long tenure, Two year contract"), distinct across the segments of one run.
 *
 * <p>A category counts only where it is over-represented: "more Two year contracts" says something; "fewer
 * Month-to-month" only says that some other category is over-represented, which then has its own phrase. One phrase
 * per column, so "contract = Two year" and "contract = One year" never both take a slot.
 */
final class SegmentDescriber {
    /** Below this many standard deviations from the base, a difference is not worth a word. */
    static final double MIN_Z = 0.15;
    static final int MAX_TOP = 5;
    static final int DESCRIPTION_PHRASES = 4;
    /** A flag held by at most this share of a segment reads as "no ...", by at least 1 minus it as "with ...". */
    static final double ALMOST_NONE = 0.05;
    private static final Set<String> DURATION_WORDS = Set.of("tenure", "duration", "lifetime", "seniority", "membership");
    private static final Set<String> AGE_WORDS = Set.of("age");

    private SegmentDescriber() {}

    /** A distinctive feature: the terse phrase for the chart, and the readable one for the description. */
    record Phrase(String column, double z, String terse, String readable) {}

    /**
     * Distinctive features, most distinctive first, one per column, at most {@link #MAX_TOP}.
     *
     * @param flagColumns the yes/no columns, whose mean is the share of "yes"
     */
    static List<Phrase> phrases(List<FeatureContrast> contrasts, Set<String> flagColumns) {
        List<Phrase> all = new ArrayList<>();
        for (FeatureContrast f : contrasts) {
            if (Double.isNaN(f.zScore()) || Math.abs(f.zScore()) < MIN_Z) continue;
            if (f.categorical()) {
                if (f.zScore() <= 0) continue;
                String value = f.feature().substring(f.column().length() + 1);
                all.add(new Phrase(f.column(), f.zScore(), f.column() + " = " + value, categoryWords(f.column(), value)));
            } else {
                boolean high = f.zScore() > 0;
                String readable = flagColumns.contains(f.column()) ? flagWords(f.column(), f.segmentValue(), high) : numberWords(f.column(), high);
                all.add(new Phrase(f.column(), f.zScore(), f.column() + (high ? " high" : " low"), readable));
            }
        }
        all.sort(Comparator.comparingDouble((Phrase p) -> -Math.abs(p.z())).thenComparing(Phrase::terse));
        List<Phrase> out = new ArrayList<>();
        Set<String> columns = new HashSet<>();
        List<String> said = new ArrayList<>();
        for (Phrase p : all) {
            if (out.size() == MAX_TOP) break;
            // "No internet service" is the same news from six columns, and "no phone service" makes "low phone service"
            // redundant: a column whose words are already in the description adds nothing
            String label = String.join(" ", FeatureSuggester.words(p.column()));
            String readable = p.readable().toLowerCase(Locale.ROOT);
            if (!columns.add(p.column()) || said.contains(readable) || said.stream().anyMatch(t -> t.contains(label))) continue;
            out.add(p);
            said.add(readable);
        }
        return out;
    }

    static List<String> topFeatures(List<Phrase> phrases) {
        return phrases.stream().map(Phrase::terse).toList();
    }

    static String description(List<Phrase> phrases) {
        if (phrases.isEmpty()) return "Close to the average on every feature";
        List<String> words = new ArrayList<>();
        for (Phrase p : phrases.subList(0, Math.min(DESCRIPTION_PHRASES, phrases.size()))) words.add(p.readable());
        return capitalise(String.join(" · ", words));
    }

    /**
     * Short names, one per segment, all different: the two most distinctive phrases, a third where two segments
     * would otherwise share a name, and a number as the last resort.
     */
    static List<String> names(List<List<Phrase>> phrasesBySegment) {
        int k = phrasesBySegment.size();
        String[] names = new String[k];
        int[] used = new int[k];
        for (int s = 0; s < k; s++) {
            used[s] = Math.min(2, phrasesBySegment.get(s).size());
            names[s] = name(phrasesBySegment.get(s), used[s]);
        }
        for (int round = 0; round < 3; round++) {
            boolean clash = false;
            for (int s = 0; s < k; s++) {
                if (!isUnique(names, s) && used[s] < phrasesBySegment.get(s).size()) {
                    used[s]++;
                    names[s] = name(phrasesBySegment.get(s), used[s]);
                    clash = true;
                }
            }
            if (!clash) break;
        }
        Set<String> taken = new LinkedHashSet<>();
        for (int s = 0; s < k; s++) {
            String candidate = names[s];
            for (int n = 2; !taken.add(candidate); n++) candidate = names[s] + " (" + n + ")";
            names[s] = candidate;
        }
        return List.of(names);
    }

    private static String name(List<Phrase> phrases, int count) {
        if (count == 0) return "Average customers";
        List<String> words = new ArrayList<>();
        for (Phrase p : phrases.subList(0, count)) words.add(p.readable());
        return capitalise(String.join(", ", words));
    }

    private static boolean isUnique(String[] names, int s) {
        for (int t = 0; t < names.length; t++) if (t != s && names[t].equals(names[s])) return false;
        return true;
    }

    /** "no phone service" when (almost) nobody in the segment has it, "with paperless billing" when (almost) all do, else "high churn". */
    static String flagWords(String column, double share, boolean high) {
        String label = String.join(" ", FeatureSuggester.words(column));
        if (share <= ALMOST_NONE) return "no " + label;
        if (share >= 1 - ALMOST_NONE) return "with " + label;
        return (high ? "high " : "low ") + label;
    }

    /** "long tenure", "high monthly charges", "older", "low churn". */
    static String numberWords(String column, boolean high) {
        List<String> words = FeatureSuggester.words(column);
        String label = String.join(" ", words);
        if (words.stream().anyMatch(DURATION_WORDS::contains)) return (high ? "long " : "short ") + label;
        if (words.size() == 1 && AGE_WORDS.contains(words.get(0))) return high ? "older" : "younger";
        return (high ? "high " : "low ") + label;
    }

    /** "Two year contract", "with online security", "no online security", "No internet service". */
    static String categoryWords(String column, String value) {
        String label = String.join(" ", FeatureSuggester.words(column));
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.equals("yes") || v.equals("true") || v.equals("y")) return "with " + label;
        if (v.equals("no") || v.equals("false") || v.equals("n")) return "no " + label;
        if (v.startsWith("no ") || v.contains(label)) return value.strip(); // "No internet service" says it all
        return value.strip() + " " + label;
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
