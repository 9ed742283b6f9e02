package org.sanxiang.publicity;

import java.util.ArrayList;
import java.util.List;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * Finds Chinese person names in a text by a statistical recogniser, for the names no role word or
 * label introduces. The {@link #hanlp()} one is HanLP's portable build (Apache-2.0; its dictionaries
 * ship in the jar, loaded on first use: no network).
 */
interface PersonNameRecogniser {

    /** A candidate name and where it starts. */
    record Found(int start, String name) {
    }

    /** Finds nothing. */
    PersonNameRecogniser NONE = text -> List.of();

    /** The candidate person names in {@code text} (the redactor still checks them against its rules). */
    List<Found> personNames(String text);

    static PersonNameRecogniser hanlp() {
        return Hanlp.INSTANCE;
    }

    /** HanLP's Viterbi segmenter with its person-name (nr) role tagging. */
    final class Hanlp implements PersonNameRecogniser {
        private static final Hanlp INSTANCE = new Hanlp();

        private volatile Segment segment;

        @Override
        public List<Found> personNames(String text) {
            List<Found> names = new ArrayList<>();
            for (Term t : segment().seg(text)) {
                if (t.nature != null && t.nature.toString().startsWith("nr") && !t.nature.toString().startsWith("nrf")) {
                    names.add(new Found(t.offset, t.word));
                }
            }
            return names;
        }

        private Segment segment() {
            Segment s = segment;
            if (s == null) {
                synchronized (this) {
                    if (segment == null) {
                        segment = HanLP.newSegment().enableNameRecognize(true).enableTranslatedNameRecognize(false)
                                .enableJapaneseNameRecognize(false).enablePlaceRecognize(false)
                                .enableOrganizationRecognize(false).enableOffset(true);
                    }
                    s = segment;
                }
            }
            return s;
        }
    }
}
