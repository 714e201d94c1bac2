package org.resdom.testsupport;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The shipped JSON Schema, loaded once with networknt's validator. */
public final class SchemaSupport {

    static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(schema(), InputFormat.JSON);

    private SchemaSupport() {}

    /** The schema resdom-json ships, read from the class path (resdom-json is on it wherever this runs). */
    private static String schema() {
        try {
            return Resources.text("/org/resdom/io/json/resdom.schema.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the schema violations of a JSON text, empty when it is valid */
    public static List<String> violations(String json) {
        List<Error> errors = SCHEMA.validate(json, InputFormat.JSON);
        return errors.stream().map(Error::toString).toList();
    }
}
