package dev.broadsheet.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The options that start the tuned JVM from the class-data archive {@code mvn package} makes
 * beside the jar ({@code src/build/ClassDataTraining.java}), so that it loads and links the
 * build's classes from a file mapped in memory rather than one by one from the jar.
 */
final class ClassDataArchive {
  /**
   * The class-data archives mapped where they were made to be, as Java 17 did at first: since
   * 17.0.x (JDK-8294323) the JVM maps them elsewhere by default, for the sake of address
   * randomisation, and then rewrites every pointer in them, 40 ms of CPU and 20-50 ms of wall
   * time of each start on this project's machine (the tuned JVM's {@code --version} in 0.09 s
   * against 0.14 s, medians of fifteen). Where that address is taken the JVM maps them elsewhere
   * as before. A diagnostic option, hence unlocked; still there in 2025's JDK.
   */
  private static final List<String> ARCHIVES_IN_PLACE =
      List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0");

  private ClassDataArchive() {}

  /**
   * The options for the class-data archives, unless the user chose how classes are shared:
   * {@link #ARCHIVES_IN_PLACE}, and those that map the archive {@code mvn package} leaves beside
   * the jar ({@code broadsheet.jsa} for {@code broadsheet.jar}) if there is one. The JVM checks
   * that the archive was made from this very jar and, if not (a jar rebuilt or copied without
   * it), loads the classes as usual; it would say so on every build, hence its class-data
   * messages are turned off.
   */
  static List<String> options(String classPath, List<String> jvmOptions) {
    if (JvmChoices.made(JvmChoices.CLASS_SHARING, jvmOptions)) {
      return List.of();
    }
    if (!classPath.endsWith(".jar") || classPath.contains(File.pathSeparator)) {
      return ARCHIVES_IN_PLACE;
    }
    try {
      Path archive = Path.of(classPath.substring(0, classPath.length() - ".jar".length())
          + ".jsa").toAbsolutePath();
      if (!Files.isRegularFile(archive)) {
        return ARCHIVES_IN_PLACE;
      }
      List<String> options = new ArrayList<>(ARCHIVES_IN_PLACE);
      options.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds*=off"));
      return options;
    } catch (InvalidPathException e) {
      return ARCHIVES_IN_PLACE;
    }
  }
}
