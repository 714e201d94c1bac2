#!/usr/bin/env bash
# Splits the io module into one artifact per format, after every branch has merged (see
# docs/release.md, "Step 1"). Run once from the repository root on a clean work tree:
#
#   scripts/split-io.sh && mvn -B verify
#
# What it does:
#   io/                 stays resdom-io: org.resdom.io (ResolutionReader/Writer, ReadResult,
#                       ReadLimits, Positions, Formats, FormatProvider) and org.resdom.io.internal
#                       (exported only to the format modules); no Jackson, no JAXB.
#   io/text|json|xml|akn  new modules resdom-text|json|xml|akn (module org.resdom.io.FORMAT),
#                       each with its package, resources, tests and test data, depending on
#                       resdom-io and resdom-core only (plus its own library), providing its
#                       FormatProvider through module-info and META-INF/services.
#   io/tests            resdom-io-tests, not published: the tests that use several formats at once
#                       (org.resdom.io.*Test: reference document through every format, positions),
#                       the reference golden files and the development corpus.
#   cli, examples, benchmarks  depend on resdom-io plus the four formats; cli/target/resdom.jar stays.
#   pom.xml, bom/pom.xml  list the new modules and artifacts.
#
# Formats added by other branches as io/pdf, io/docx, io/html are already modules of their own;
# the script leaves them alone (they only need their FormatProvider, see CONTRIBUTING.md).
# It is idempotent only in the sense that it refuses to run twice (io/json must not exist).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -e io/json ]; then
  echo "split-io: io/json exists already; nothing done" >&2
  exit 1
fi
if [ -n "$(git status --porcelain)" ]; then
  echo "split-io: the work tree has changes; commit or stash them first" >&2
  exit 1
fi

main=io/src/main/java/org/resdom/io
res=io/src/main/resources/org/resdom/io
test=io/src/test/java/org/resdom/io
tres=io/src/test/resources

move() { # move SRC DEST: git mv, creating DEST's parent; silently skips a missing SRC
  if [ -e "$1" ]; then
    mkdir -p "$(dirname "$2")"
    git mv "$1" "$2"
  fi
}

# ---------------------------------------------------------------- sources, resources, tests
for f in text json xml akn; do
  move "$main/$f" "io/$f/src/main/java/org/resdom/io/$f"
  move "$res/$f" "io/$f/src/main/resources/org/resdom/io/$f"
  move "$test/$f" "io/$f/src/test/java/org/resdom/io/$f"
done

# test data: each format's golden files and fixtures go with its tests
for g in "$tres"/golden/*.golden.txt; do
  [ -e "$g" ] && move "$g" "io/text/src/test/resources/golden/$(basename "$g")"
done
for x in "$tres"/fixtures/*.txt; do
  [ -e "$x" ] && move "$x" "io/text/src/test/resources/fixtures/$(basename "$x")"
done
move "$tres/golden/json" "io/json/src/test/resources/golden/json"
move "$tres/golden/xml" "io/xml/src/test/resources/golden/xml"
move "$tres/golden/akn" "io/akn/src/test/resources/golden/akn"
move "$tres/fixtures/akn" "io/akn/src/test/resources/fixtures/akn"
# the attribution goes with the text fixtures it describes; the cross-format tests read one of
# them too, so io/tests gets a copy of that file and of the attribution
if [ -e "$tres/fixtures/ATTRIBUTION.md" ]; then
  move "$tres/fixtures/ATTRIBUTION.md" "io/text/src/test/resources/fixtures/ATTRIBUTION.md"
fi

# everything else (the cross-format tests, reference golden files, the corpus) goes to io/tests
mkdir -p io/tests/src/test/java/org/resdom/io io/tests/src/test/resources
for t in "$test"/*.java; do
  [ -e "$t" ] && move "$t" "io/tests/src/test/java/org/resdom/io/$(basename "$t")"
done
move "$tres/golden/reference" "io/tests/src/test/resources/golden/reference"
move "$tres/corpus" "io/tests/src/test/resources/corpus"
mkdir -p io/tests/src/test/resources/fixtures
cp io/text/src/test/resources/fixtures/res71-fr-tracked-flattened.txt io/tests/src/test/resources/fixtures/
cp io/text/src/test/resources/fixtures/ATTRIBUTION.md io/tests/src/test/resources/fixtures/

# ---------------------------------------------------------------- service declarations
for f in text json xml akn; do
  provider=$(grep -l "implements FormatProvider" io/$f/src/main/java/org/resdom/io/$f/*.java | head -1)
  class="org.resdom.io.$f.$(basename "$provider" .java)"
  mkdir -p io/$f/src/main/resources/META-INF/services
  echo "$class" > io/$f/src/main/resources/META-INF/services/org.resdom.io.FormatProvider
done
git rm -q io/src/main/resources/META-INF/services/org.resdom.io.FormatProvider

# ---------------------------------------------------------------- module descriptors
cat > io/src/main/java/module-info.java <<'EOF'
/**
 * resdom io: the shape every format shares (readers, writers, limits, positions) and
 * {@link org.resdom.io.Formats}, which finds the formats through {@link org.resdom.io.FormatProvider}.
 * The formats are modules of their own: org.resdom.io.text, .json, .xml, .akn.
 */
module org.resdom.io {
    requires transitive org.resdom.core;

    exports org.resdom.io;
    exports org.resdom.io.internal to org.resdom.io.text, org.resdom.io.json, org.resdom.io.xml, org.resdom.io.akn;

    uses org.resdom.io.FormatProvider;
}
EOF

descriptor() { # descriptor FORMAT "EXTRA LINES" PROVIDER
  local f=$1 extra=$2 provider=$3
  cat > io/$f/src/main/java/module-info.java <<EOF
/**
 * resdom's $f format: reader, writer and its {@link org.resdom.io.FormatProvider}.
 */
module org.resdom.io.$f {
    requires transitive org.resdom.io;
$extra
    exports org.resdom.io.$f;

    provides org.resdom.io.FormatProvider with $provider;
}
EOF
}
descriptor text "" org.resdom.io.text.TextFormatProvider
descriptor json "    requires tools.jackson.core;
" org.resdom.io.json.JsonFormatProvider
descriptor xml "    requires jakarta.xml.bind;
    requires java.xml;

    opens org.resdom.io.xml.bind to jakarta.xml.bind;
" org.resdom.io.xml.XmlFormatProvider
descriptor akn "    requires java.xml;
" org.resdom.io.akn.AknFormatProvider

# ---------------------------------------------------------------- POMs
test_deps='    <dependency>
      <groupId>org.resdom</groupId>
      <artifactId>resdom-core</artifactId>
      <type>test-jar</type>
      <scope>test</scope>
    </dependency>
    <dependency>
      <groupId>org.junit.jupiter</groupId>
      <artifactId>junit-jupiter</artifactId>
      <scope>test</scope>
    </dependency>
    <dependency>
      <groupId>org.junit.jupiter</groupId>
      <artifactId>junit-jupiter-params</artifactId>
      <scope>test</scope>
    </dependency>
    <dependency>
      <groupId>org.assertj</groupId>
      <artifactId>assertj-core</artifactId>
      <scope>test</scope>
    </dependency>
    <dependency>
      <groupId>org.quicktheories</groupId>
      <artifactId>quicktheories</artifactId>
      <scope>test</scope>
    </dependency>'

dep() { # dep GROUP ARTIFACT [SCOPE] [TYPE]
  printf '    <dependency>\n      <groupId>%s</groupId>\n      <artifactId>%s</artifactId>\n' "$1" "$2"
  [ -n "${4:-}" ] && printf '      <type>%s</type>\n' "$4"
  [ -n "${3:-}" ] && printf '      <scope>%s</scope>\n' "$3"
  printf '    </dependency>\n'
}

surefire='      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-surefire-plugin</artifactId>
        <configuration>
          <useModulePath>false</useModulePath>
        </configuration>
      </plugin>'
testjar='      <plugin>
        <!-- the test helpers (schema checks, samples) are shared with io/tests -->
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-jar-plugin</artifactId>
        <executions>
          <execution>
            <goals>
              <goal>test-jar</goal>
            </goals>
          </execution>
        </executions>
      </plugin>'
turkish='      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-surefire-plugin</artifactId>
        <configuration>
          <useModulePath>false</useModulePath>
        </configuration>
        <executions>
          <execution>
            <!-- keyword matching must not depend on the default locale: these run again under Turkish -->
            <id>turkish-locale</id>
            <goals>
              <goal>test</goal>
            </goals>
            <configuration>
              <argLine>-Xmx1g -Dfile.encoding=UTF-8 -Duser.language=tr -Duser.country=TR</argLine>
              <includes>
                <include>**/text/LocaleTest.java</include>
                <include>**/text/FixtureTest.java</include>
                <include>**/text/GoldenTest.java</include>
              </includes>
            </configuration>
          </execution>
        </executions>
      </plugin>'

pom() { # pom DIR ARTIFACT NAME DESCRIPTION DEPS PLUGINS [EXTRA-PROPERTIES]
  cat > "$1/pom.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>org.resdom</groupId>
    <artifactId>resdom-parent</artifactId>
    <version>0.1.0-SNAPSHOT</version>
    <relativePath>../../pom.xml</relativePath>
  </parent>

  <artifactId>$2</artifactId>
  <name>$3</name>
  <description>$4</description>
${7:-}
  <dependencies>
$5
  </dependencies>

  <build>
    <plugins>
$6
    </plugins>
  </build>
</project>
EOF
}

io_dep=$(dep org.resdom resdom-io)
pom io/text resdom-text "resdom text" \
  "Reads and writes resolutions as plain text, as extracted from Word or PDF. Depends on resdom-io and resdom-core only." \
  "$io_dep
$test_deps" "$turkish
$testjar"
pom io/json resdom-json "resdom json" \
  "Reads and writes resdom's JSON format (Jackson 3 streaming). Depends on resdom-io, resdom-core and jackson-core only." \
  "$io_dep
$(dep tools.jackson.core jackson-core)
$test_deps
$(dep tools.jackson.core jackson-databind test)
$(dep com.networknt json-schema-validator test)" "$surefire
$testjar"
pom io/xml resdom-xml "resdom xml" \
  "Reads and writes resdom's XML vocabulary (Jakarta XML Binding). Depends on resdom-io, resdom-core and JAXB only." \
  "$io_dep
$(dep jakarta.xml.bind jakarta.xml.bind-api)
$(dep org.glassfish.jaxb jaxb-runtime)
$test_deps" "$surefire
$testjar"
pom io/akn resdom-akn "resdom akn" \
  "Reads and writes Akoma Ntoso 3.0 (StAX; output valid against the OASIS schema). Depends on resdom-io and resdom-core only." \
  "$io_dep
$test_deps" "$surefire
$testjar"
all_formats="$(dep org.resdom resdom-text)
$(dep org.resdom resdom-json)
$(dep org.resdom resdom-xml)
$(dep org.resdom resdom-akn)"
pom io/tests resdom-io-tests "resdom io tests" \
  "Tests that take documents through several formats at once. Not published." \
  "$all_formats
$(dep org.resdom resdom-json test test-jar)
$(dep org.resdom resdom-xml test test-jar)
$(dep org.resdom resdom-akn test test-jar)
$test_deps
$(dep tools.jackson.core jackson-databind test)
$(dep com.networknt json-schema-validator test)" "$surefire" \
"  <properties>
    <!-- tests only: nothing to publish, no API to document -->
    <maven.deploy.skip>true</maven.deploy.skip>
    <maven.javadoc.skip>true</maven.javadoc.skip>
    <maven.source.skip>true</maven.source.skip>
  </properties>
"

python3 - <<'PY'
import re

def edit(path, fn):
    s = open(path).read()
    t = fn(s)
    if t == s:
        raise SystemExit(f"split-io: nothing changed in {path}")
    open(path, "w").write(t)

def dep(a, extra=""):
    return (f"      <dependency>\n        <groupId>org.resdom</groupId>\n        <artifactId>{a}</artifactId>\n"
            f"        <version>${{project.version}}</version>\n{extra}      </dependency>\n")

FORMATS = ["text", "json", "xml", "akn"]

# io: no format libraries any more
def io_pom(s):
    for block in re.findall(r"    <dependency>\n(?:(?!</dependency>).)*</dependency>\n", s, re.S):
        if re.search(r"<artifactId>(jackson-core|jakarta.xml.bind-api|jaxb-runtime|jackson-databind|json-schema-validator|quicktheories|junit-jupiter-params)</artifactId>", block) \
                or "<type>test-jar</type>" in block:
            s = s.replace(block, "", 1)
    s = re.sub(r"\n    <plugins>.*?</plugins>", """
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-surefire-plugin</artifactId>
        <configuration>
          <useModulePath>false</useModulePath>
        </configuration>
      </plugin>
    </plugins>""", s, flags=re.S)
    return s.replace("<description>Readers and writers: plain text, JSON (Jackson 3), XML (Jakarta XML Binding), Akoma Ntoso 3.0.</description>",
                     "<description>The shape of every format (readers, writers, limits) and the FormatProvider service through which formats are found. Depends on resdom-core only.</description>")
edit("io/pom.xml", io_pom)

# root: modules and managed versions
def root(s):
    s = s.replace("    <module>io</module>\n",
                  "    <module>io</module>\n" + "".join(f"    <module>io/{f}</module>\n" for f in FORMATS)
                  + "    <module>io/tests</module>\n")
    anchor = "      <dependency>\n        <groupId>org.resdom</groupId>\n        <artifactId>resdom-cli</artifactId>"
    managed = "".join(dep(f"resdom-{f}") + dep(f"resdom-{f}", "        <type>test-jar</type>\n") for f in FORMATS)
    return s.replace(anchor, managed + anchor, 1)
edit("pom.xml", root)

# the BOM lists every published artifact
def bom(s):
    anchor = "      <dependency>\n        <groupId>org.resdom</groupId>\n        <artifactId>resdom-cli</artifactId>"
    return s.replace(anchor, "".join(dep(f"resdom-{f}") for f in FORMATS) + anchor, 1)
edit("bom/pom.xml", bom)

# cli, examples, benchmarks use every format
def users(s):
    io = "    <dependency>\n      <groupId>org.resdom</groupId>\n      <artifactId>resdom-io</artifactId>\n    </dependency>\n"
    formats = "".join(f"    <dependency>\n      <groupId>org.resdom</groupId>\n      <artifactId>resdom-{f}</artifactId>\n    </dependency>\n" for f in FORMATS)
    return s.replace(io, io + formats, 1)
for p in ["cli/pom.xml", "examples/pom.xml", "benchmarks/pom.xml"]:
    edit(p, users)

# cli's module: requires the formats it bundles (they are found as services, but must be resolved)
def cli_module(s):
    return s.replace("    requires org.resdom.io;\n", "    requires org.resdom.io;\n"
                     + "".join(f"    requires org.resdom.io.{f};\n" for f in FORMATS), 1)
edit("cli/src/main/java/module-info.java", cli_module)
PY

echo "split-io: done. Next: mvn -B verify; then read docs/release.md (Step 1, checks)." >&2
