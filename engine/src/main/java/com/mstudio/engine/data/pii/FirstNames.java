package com.mstudio.engine.data.pii;

import java.util.Locale;
import java.util.Set;

/**
 * A small embedded list of frequent first names in the five languages the studio ships, so that a column of person
 * names is found even when its header is unhelpful ("Kontakt 2"). Not meant to be complete: a column is flagged when
 * most of its values start with one of these.
 */
final class FirstNames {
    private FirstNames() {}

    private static final Set<String> NAMES = lowerSet(
            // English
            "james", "john", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles",
            "christopher", "daniel", "matthew", "anthony", "mark", "paul", "steven", "andrew", "kevin", "brian",
            "george", "edward", "jack", "harry", "oliver", "mary", "patricia", "jennifer", "linda", "elizabeth",
            "barbara", "susan", "jessica", "sarah", "karen", "nancy", "lisa", "betty", "margaret", "sandra", "ashley",
            "emily", "emma", "olivia", "sophie", "amelia", "laura", "rachel", "helen", "anna", "alice", "ann", "anne",
            "kate", "lucy", "grace", "chloe", "hannah", "megan", "amy", "peter", "tom", "sam", "ben", "joe", "adam",
            // German
            "hans", "peter", "klaus", "jürgen", "juergen", "stefan", "andreas", "michael", "wolfgang", "thomas",
            "frank", "uwe", "jan", "lukas", "leon", "felix", "jonas", "maximilian", "paul", "ursula", "monika",
            "petra", "sabine", "renate", "birgit", "andrea", "claudia", "julia", "lena", "lea", "mia", "katrin",
            "heike", "susanne", "gabriele",
            // French
            "jean", "pierre", "michel", "philippe", "alain", "nicolas", "françois", "francois", "louis", "hugo",
            "lucas", "théo", "theo", "marie", "nathalie", "isabelle", "sylvie", "catherine", "camille", "chloé",
            "manon", "léa", "juliette", "céline", "celine", "sophie", "claire",
            // Spanish
            "josé", "jose", "antonio", "manuel", "francisco", "juan", "javier", "carlos", "miguel", "alejandro",
            "pablo", "sergio", "jorge", "luis", "maría", "carmen", "ana", "isabel", "lucía", "lucia", "sofía",
            "sofia", "paula", "elena", "marta", "cristina", "laura", "pilar", "rosa",
            // Dutch
            "jan", "johannes", "cornelis", "pieter", "hendrik", "willem", "daan", "sem", "bram", "luuk", "thijs",
            "maria", "johanna", "anna", "cornelia", "elisabeth", "sanne", "emma", "tess", "fenna", "lotte", "femke",
            "anouk", "eva", "noor");

    /** Names repeat across languages (Anna, Jan, Paul), so duplicates are allowed here. */
    private static Set<String> lowerSet(String... names) {
        return Set.copyOf(java.util.Arrays.asList(names));
    }

    static boolean contains(String word) {
        return NAMES.contains(word.toLowerCase(Locale.ROOT));
    }
}
