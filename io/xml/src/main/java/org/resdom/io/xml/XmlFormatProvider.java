package org.resdom.io.xml;

import java.util.EnumSet;
import java.util.List;
import org.resdom.io.FormatProvider;
import org.resdom.io.Positions;
import org.resdom.io.ResolutionWriter;

/**
 * resdom's XML vocabulary ({@code xml}, {@code .xml}) as a {@link FormatProvider}: found by
 * {@link java.util.ServiceLoader}, not meant to be called directly. An {@code .xml} name alone
 * does not decide (Akoma Ntoso files are XML too): any input that opens with an element is
 * resdom XML unless a more specific format claims it. Its reader honours both {@link Positions}.
 */
public final class XmlFormatProvider implements FormatProvider {

    /** For {@link java.util.ServiceLoader}. */
    public XmlFormatProvider() {}

    @Override
    public String name() {
        return "xml";
    }

    @Override
    public List<String> extensions() {
        return List.of(".xml");
    }

    @Override
    public int sniff(String fileName, String head) {
        java.util.Objects.requireNonNull(fileName, "fileName must not be null");
        java.util.Objects.requireNonNull(head, "head must not be null");
        return head.stripLeading().startsWith("<") ? BY_CONTENT : NOT_MINE;
    }

    @Override
    public ReaderBuilder readerBuilder() {
        return ReaderBuilder.of(
                name(),
                EnumSet.allOf(Positions.class),
                (limits, positions) -> XmlResolutionReader.builder()
                        .limits(limits)
                        .positions(positions)
                        .build());
    }

    @Override
    public ResolutionWriter writer() {
        return XmlResolutionWriter.create();
    }
}
