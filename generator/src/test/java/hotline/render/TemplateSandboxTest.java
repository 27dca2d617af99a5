package hotline.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import hotline.Fixtures;
import hotline.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A template, also one passed with {@code --templates}, can reach neither Java classes nor the
 * file system: {@code ?new} resolves no class, {@code ?api} is off, the model is plain maps, lists
 * and text without methods, and includes and imports stay inside the template folders (FreeMarker
 * refuses to back out of the root, and its file loader refuses links that lead outside). Each
 * attempt fails with a template error naming the template, and no command runs.
 */
class TemplateSandboxTest {
  private static final String NAME = "kamailio/kamailio.cfg.ftl";

  @TempDir Path temp;

  /** Template text that tries to escape; {@code PWNED} is replaced by a file a successful attack creates. */
  private static final Map<String, String> ESCAPES = Map.ofEntries(
      Map.entry("?new of Execute", "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"touch PWNED\")}"),
      Map.entry("?new of ObjectConstructor", "<#assign oc = \"freemarker.template.utility.ObjectConstructor\"?new()>${oc(\"java.io.File\", \"PWNED\").createNewFile()?c}"),
      Map.entry("?new of JythonRuntime", "<#assign j = \"freemarker.template.utility.JythonRuntime\"?new()><@j>open('PWNED', 'w')</@j>"),
      Map.entry("?new inside ?eval", "${'\"freemarker.template.utility.Execute\"?new()'?eval(\"touch PWNED\")}"),
      Map.entry("?new inside ?interpret", "<@r\"<#assign x='freemarker.template.utility.Execute'?new()>${x('touch PWNED')}\"?interpret />"),
      Map.entry("?api on a model value", "${sources?api.getClass().forName(\"java.lang.Runtime\")}"),
      Map.entry("?api on the model", "${.data_model?api.get(\"sources\")}"),
      Map.entry("a method call on text", "${target.getClass().forName(\"java.lang.Runtime\")}"),
      Map.entry("a method call on a list", "${sources.get(0)}"),
      Map.entry("a method call on the model", "${.data_model.getClass()}"),
      Map.entry("the class of a value", "${target.class.protectionDomain}"),
      Map.entry("include of an absolute path", "<#include \"/etc/passwd\">"),
      Map.entry("include backing out of the root", "<#include \"../../../../../../etc/passwd\">"),
      Map.entry("import backing out of the root", "<#import \"../../../../../../etc/passwd\" as p>${p}"),
      Map.entry("include of a sibling of the override folder", "<#include \"../../secret.ftl\">"),
      Map.entry("include of a file: URL", "<#include \"file:///etc/passwd\">"),
      Map.entry("include of a link leading outside", "<#include \"link.ftl\">"),
      Map.entry("include through a linked folder", "<#include \"/linked/secret.ftl\">"));

  @TestFactory
  Stream<DynamicTest> noTemplateReachesJavaOrFiles() {
    return ESCAPES.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
      Path dir = overrides(e.getValue());
      TemplateEngine.TemplateFailure failure =
          catchThrowableOfType(TemplateEngine.TemplateFailure.class, () -> TemplateEngine.withOverrides(dir).render(NAME, model()));
      assertThat(failure).as("rendering %s fails", e.getKey()).isNotNull();
      assertThat(failure.getMessage()).startsWith("template " + NAME + ": ");
      assertThat(temp.resolve("PWNED")).as("no command or constructor ran").doesNotExist();
      assertThat(failure.getMessage()).doesNotContain("root:x:0:0").doesNotContain("SECRET");
    }));
  }

  @Test
  void aHarmlessOverrideStillRenders() throws Exception {
    Path dir = overrides("# ${target}: <#list sources as s>${s}</#list> <#include \"part.ftl\">");
    Files.writeString(dir.resolve("kamailio/part.ftl"), "included");
    assertThat(TemplateEngine.withOverrides(dir).render(NAME, model())).isEqualTo("# kamailio: a.yaml included");
  }

  /** {@code hotline generate --templates DIR} exits 2 naming the template, writing nothing. */
  @TestFactory
  Stream<DynamicTest> generateRefusesEachEscape() {
    return ESCAPES.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
      Path dir = overrides(e.getValue());
      Path out = temp.resolve("out");
      StringWriter err = new StringWriter();
      int code = Main.run(
          new String[] {"generate", "--target", "kamailio", "--templates", dir.toString(), "--out", out.toString(),
              Fixtures.fixtures().resolve("requests/guangdong.yaml").toString()},
          new PrintWriter(new StringWriter()), new PrintWriter(err));
      assertThat(code).as("exit code, stderr:%n%s", err).isEqualTo(Main.INVALID);
      assertThat(err.toString()).contains("template " + NAME + ":").doesNotContain("\tat ");
      assertThat(out).doesNotExist();
      assertThat(temp.resolve("PWNED")).doesNotExist();
    }));
  }

  /**
   * An override folder {@code temp/o-N/templates/} whose Kamailio script is {@code text}, next to a
   * secret file outside it, with a link to a file outside and a link to a folder outside.
   */
  private Path overrides(String text) throws Exception {
    Path base = Files.createTempDirectory(temp, "o-");
    Files.writeString(base.resolve("secret.ftl"), "SECRET");
    Files.createDirectories(base.resolve("outside"));
    Files.writeString(base.resolve("outside/secret.ftl"), "SECRET");
    Path dir = Files.createDirectories(base.resolve("templates/kamailio"));
    Files.writeString(dir.resolve("kamailio.cfg.ftl"), text.replace("PWNED", temp.resolve("PWNED").toString()));
    Files.createSymbolicLink(dir.resolve("link.ftl"), base.resolve("secret.ftl"));
    Files.createSymbolicLink(base.resolve("templates/linked"), base.resolve("outside"));
    return base.resolve("templates");
  }

  private static Map<String, Object> model() {
    return Map.of("target", "kamailio", "sources", List.of("a.yaml"));
  }
}
