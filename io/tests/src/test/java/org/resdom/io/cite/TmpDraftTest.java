package org.resdom.io.cite;

import java.nio.file.*;
import java.util.*;
import org.junit.jupiter.api.Test;
import org.resdom.io.akn.AknResolutionReader;
import org.resdom.io.text.TextResolutionReader;
import org.resdom.model.*;

class TmpDraftTest {
    @Test
    void draft() throws Exception {
        Path corpus = Path.of(getClass().getResource("/corpus/dev").toURI());
        Map<String, String> langDir = Map.of("ar", "Arabic", "en", "English", "es", "Spanish", "fr", "French", "ru", "Russian", "zh", "Chinese");
        Map<String, String> suffix = Map.of("ar", "A", "en", "E", "es", "S", "fr", "F", "ru", "R", "zh", "C");
        StringBuilder out = new StringBuilder();
        StringBuilder texts = new StringBuilder();
        List<String[]> docs = new ArrayList<>();
        for (String lang : List.of("ar", "en", "es", "fr", "ru", "zh")) {
            for (String n : List.of("4", "11", "20", "25")) {
                docs.add(new String[] {lang, "un-hrc-54/" + langDir.get(lang) + "/A_HRC_RES_54_" + n + suffix.get(lang) + ".xml"});
            }
        }
        for (String f : List.of("itu-pp18/akn/res-136.akn.xml", "itu-pp18/akn/res-165.akn.xml", "itu-pp18/akn/res-197.akn.xml", "itu-pp18/akn/res-48.akn.xml",
                "itu-pp18/text/res-64-en.txt", "itu-pp18/text/res-146-en.txt", "itu-pp18/text/res-180-en.txt", "itu-pp18/text/res-203-en.txt", "itu-pp18/text/dec-11-en.txt")) {
            docs.add(new String[] {"en", f});
        }
        for (String[] d : docs) {
            Path p = corpus.resolve(d[1]);
            Resolution r = p.toString().endsWith(".txt") ? TextResolutionReader.create().read(p).resolution() : AknResolutionReader.create().read(p).resolution();
            out.append(d[0]).append("\t@\t").append(d[1]).append("\t4\n");
            texts.append("=== ").append(d[0]).append(' ').append(d[1]).append('\n');
            Set<String> scored = new LinkedHashSet<>();
            r.locate(Paragraph.class).limit(4).forEach(l -> {
                scored.add(l.id());
                texts.append("## ").append(l.id()).append(" | ").append(l.node().plainText()).append('\n');
                for (Inline i : l.node().content()) {
                    if (i instanceof Footnote fn) {
                        texts.append("   [fn ").append(fn.marker()).append("] ").append(Inline.plainText(fn.content())).append('\n');
                    }
                }
            });
            r.locate(Citation.class).forEach(l -> {
                String para = l.enclosing(Paragraph.class).map(Located::id).orElse("");
                if (scored.contains(para)) {
                    Citation c = l.node();
                    String body = c instanceof UnResolutionCitation u ? u.body().name() : c instanceof InstrumentCitation i ? i.body().map(Enum::name).orElse("OTHER") : "-";
                    out.append(d[0]).append('\t').append(d[1]).append('\t').append(para).append('\t').append(c.text()).append('\t')
                            .append(c.kind().code()).append('\t').append(CitationGoldTest.id(c)).append('\t').append(body).append('\n');
                }
            });
        }
        Files.writeString(Path.of("/tmp/c5/draft.tsv"), out);
        Files.writeString(Path.of("/tmp/c5/texts.txt"), texts);
    }
}
