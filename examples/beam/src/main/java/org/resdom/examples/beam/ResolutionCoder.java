package org.resdom.examples.beam;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.resdom.io.ReadResult;
import org.resdom.io.json.JsonResolutionReader;
import org.resdom.io.json.JsonResolutionWriter;
import org.resdom.model.Resolution;

/**
 * A Beam coder for {@link Resolution}: the model crosses the wire as resdom JSON (the format of
 * {@code docs/json-format.md}), which reads back equal. Deterministic: equal resolutions encode to equal bytes.
 */
public final class ResolutionCoder extends CustomCoder<Resolution> {

    private static final long serialVersionUID = 1L;
    private static final StringUtf8Coder STRING = StringUtf8Coder.of();

    private ResolutionCoder() {}

    /** @return the coder */
    public static ResolutionCoder of() {
        return new ResolutionCoder();
    }

    @Override
    public void encode(Resolution value, OutputStream out) throws IOException {
        StringWriter w = new StringWriter();
        JsonResolutionWriter.builder().compact().includeSpans(true).build().write(value, w);
        STRING.encode(w.toString(), out);
    }

    @Override
    public Resolution decode(InputStream in) throws IOException {
        ReadResult r = JsonResolutionReader.builder().build().read(STRING.decode(in));
        if (r.hasErrors()) {
            throw new CoderException("not resdom JSON: " + r.diagnostics());
        }
        return r.resolution();
    }

    @Override
    public void verifyDeterministic() {}
}
