package org.resdom.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.resdom.model.Inline;
import org.resdom.model.Node;
import org.resdom.model.Section;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Every record of the model, reached from {@link Node} through permitted subclasses and record
 * components, has a JSON mapping: a discriminator when it belongs to a sealed family, a schema
 * definition naming every one of its components, and a place in the reference document. A new
 * record or component cannot be forgotten.
 */
class JsonMappingCoverageTest {

    private static final JsonNode SCHEMA = new ObjectMapper().readTree(JsonFormat.schema());

    /** The model's records and enumerations, found by walking types from {@link Node}. */
    private static Set<Class<?>> modelTypes() {
        Set<Class<?>> seen = new LinkedHashSet<>();
        List<Class<?>> todo = new ArrayList<>(List.of(Node.class));
        while (!todo.isEmpty()) {
            Class<?> c = todo.remove(todo.size() - 1);
            if (!c.getPackageName().equals("org.resdom.model")
                    || c == org.resdom.model.SourceHints.class
                    || !seen.add(c)) {
                continue; // source hints have no definition of their own: they are written among the metadata
            }
            if (c.isSealed()) {
                todo.addAll(List.of(c.getPermittedSubclasses()));
            }
            if (c.isRecord()) {
                for (RecordComponent rc : c.getRecordComponents()) {
                    collect(rc.getGenericType(), todo);
                }
            }
        }
        return seen;
    }

    private static void collect(Type t, List<Class<?>> todo) {
        if (t instanceof Class<?> c) {
            todo.add(c);
        } else if (t instanceof ParameterizedType p) {
            collect(p.getRawType(), todo);
            for (Type a : p.getActualTypeArguments()) {
                collect(a, todo);
            }
        }
    }

    private static Set<Class<?>> records() {
        return modelTypes().stream().filter(Class::isRecord).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Test
    void theWalkFindsTheWholeModel() {
        Set<String> names = records().stream().map(Class::getSimpleName).collect(Collectors.toSet());
        assertThat(names)
                .contains(
                        "Resolution",
                        "Identity",
                        "Revision",
                        "Label",
                        "PreamblePhrase",
                        "OperativePhrase",
                        "SourceSpan",
                        "Paragraph",
                        "Footnote",
                        "OtherCitation",
                        "OpeningFormula");
        assertThat(modelTypes()).contains(org.resdom.model.Body.class, org.resdom.model.ActionKind.class);
    }

    @Test
    void everyMemberOfASealedFamilyHasADiscriminatorInTheSchema() {
        for (Class<?> c : records()) {
            JsonNode def = SCHEMA.path("$defs").path(c.getSimpleName());
            boolean family = Inline.class.isAssignableFrom(c) || Section.class.isAssignableFrom(c);
            if (family) {
                String type = JsonNames.TYPES.get(c);
                assertThat(type).as("discriminator of %s", c).isNotNull();
                assertThat(def.path("properties").path("type").path("const").asString())
                        .as(c.getName())
                        .isEqualTo(type);
                assertThat(def.path("required").toString()).contains("\"type\"");
            } else {
                assertThat(JsonNames.TYPES.containsKey(c))
                        .as("%s has no discriminator", c)
                        .isFalse();
            }
        }
        assertThat(JsonNames.TYPES.values()).doesNotHaveDuplicates();
        Set<String> inlineRefs = new LinkedHashSet<>();
        SCHEMA.path("$defs")
                .path("Inline")
                .path("oneOf")
                .forEach(r -> inlineRefs.add(r.path("$ref").asString()));
        for (Class<?> c : records()) {
            if (Inline.class.isAssignableFrom(c)) {
                assertThat(inlineRefs).contains("#/$defs/" + c.getSimpleName());
            }
        }
    }

    @Test
    void everyRecordComponentIsAPropertyOfItsSchemaDefinition() {
        for (Class<?> c : records()) {
            JsonNode def = SCHEMA.path("$defs").path(c.getSimpleName());
            assertThat(def.isObject())
                    .as("schema definition of %s", c.getSimpleName())
                    .isTrue();
            assertThat(def.path("additionalProperties").asBoolean(true))
                    .as(c.getSimpleName())
                    .isFalse();
            JsonNode properties = def.path("properties");
            for (RecordComponent rc : c.getRecordComponents()) {
                if (rc.getType() == org.resdom.model.SourceHints.class) {
                    assertThat(properties.has("metadata"))
                            .as("%s: hints go into its metadata", c)
                            .isTrue();
                    continue;
                }
                assertThat(properties.has(rc.getName()))
                        .as("%s.%s in the schema", c.getSimpleName(), rc.getName())
                        .isTrue();
            }
            if (Node.class.isAssignableFrom(c)
                    && c != org.resdom.model.Text.class
                    && c != org.resdom.model.Resolution.class) {
                assertThat(properties.has("id")).as("%s.id", c.getSimpleName()).isTrue();
            }
        }
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void everyEnumerationConstantIsInTheSchemaAndReadsBack() {
        for (Class<?> c : modelTypes()) {
            if (!c.isEnum()) {
                continue;
            }
            JsonNode def = SCHEMA.path("$defs").path(c.getSimpleName()).path("enum");
            List<String> inSchema = new ArrayList<>();
            def.forEach(v -> inSchema.add(v.asString()));
            List<String> encoded = new ArrayList<>();
            for (Object constant : c.getEnumConstants()) {
                String code = JsonNames.encode((Enum<?>) constant);
                encoded.add(code);
                assertThat(JsonNames.decode((Class) c, code)).contains(constant);
            }
            assertThat(inSchema).as(c.getSimpleName()).containsExactlyElementsOf(encoded);
        }
    }

    @Test
    void theReferenceDocumentHoldsEveryNodeType() {
        Set<Class<?>> present =
                JsonSamples.rich().stream().map(Object::getClass).collect(Collectors.toSet());
        for (Class<?> c : records()) {
            if (Node.class.isAssignableFrom(c)) {
                assertThat(present)
                        .as("reference document holds a %s", c.getSimpleName())
                        .contains(c);
            }
        }
    }
}
