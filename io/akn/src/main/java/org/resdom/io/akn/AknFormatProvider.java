package org.resdom.io.akn;

import java.util.List;
import java.util.Set;
import org.resdom.io.FormatProvider;
import org.resdom.io.Positions;
import org.resdom.io.ResolutionWriter;
import org.resdom.io.XmlRoot;

/**
 * Akoma Ntoso 3.0 ({@code akn}, {@code .akn.xml}) as a {@link FormatProvider}: found by
 * {@link java.util.ServiceLoader}, not meant to be called directly. Claims {@code .akn.xml} and
 * {@code .akn} names, and any XML whose root element is {@code akomaNtoso} in the Akoma Ntoso 3.0 namespace (or in
 * none), found by {@link XmlRoot}.
 * Akoma Ntoso carries no spans of an earlier reading: its reader gives
 * {@link Positions#DOCUMENT} positions only.
 */
public final class AknFormatProvider implements FormatProvider {
    private static final String AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    /** For {@link java.util.ServiceLoader}. */
    public AknFormatProvider() {}

    @Override
    public String name() {
        return "akn";
    }

    @Override
    public List<String> extensions() {
        return List.of(".akn.xml", ".akn");
    }

    @Override
    public int sniff(String fileName, String head) {
        java.util.Objects.requireNonNull(fileName, "fileName must not be null");
        java.util.Objects.requireNonNull(head, "head must not be null");
        if (fileName.endsWith(".akn.xml") || fileName.endsWith(".akn")) {
            return BY_NAME;
        }
        return XmlRoot.of(head)
                        .filter(q -> q.getLocalPart().equals("akomaNtoso")
                                && (q.getNamespaceURI().isEmpty()
                                        || q.getNamespaceURI().equals(AKN_NS)))
                        .isPresent()
                ? BY_SIGNATURE
                : NOT_MINE;
    }

    @Override
    public ReaderBuilder readerBuilder() {
        return ReaderBuilder.of(
                name(),
                Set.of(Positions.DOCUMENT),
                (limits, positions) ->
                        AknResolutionReader.builder().limits(limits).build());
    }

    @Override
    public ResolutionWriter writer() {
        return AknResolutionWriter.create();
    }
}
