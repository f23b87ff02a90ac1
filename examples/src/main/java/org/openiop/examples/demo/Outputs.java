package org.openiop.examples.demo;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The layout of the output directory, and pretty JSON. */
final class Outputs {
  private static final JsonWriterFactory PRETTY =
      Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

  final Path root;
  final Path notes;
  final Path keys;
  final Path directory;
  final Path audit;
  final Path calendars;
  final Path fhir;
  final Path report;
  final Path logs;

  Outputs(Path root) {
    this.root = root;
    this.notes = root.resolve("notes");
    this.keys = root.resolve("keys");
    this.directory = root.resolve("directory");
    this.audit = root.resolve("audit");
    this.calendars = root.resolve("calendars");
    this.fhir = root.resolve("fhir");
    this.report = root.resolve("report");
    this.logs = root.resolve("logs");
  }

  /** Empties the directories a run writes (so keys/ holds exactly this run's identities). */
  void prepare() throws IOException {
    for (Path p : new Path[] {notes, keys, directory, audit, calendars, fhir, report}) {
      KeyFiles.deleteTree(p);
      Files.createDirectories(p);
    }
    Files.deleteIfExists(root.resolve("summary.json"));
    Files.createDirectories(logs);
  }

  Path auditLog() {
    return audit.resolve("audit.log");
  }

  Path auditKey() {
    return audit.resolve("checkpoint-key.pub");
  }

  static String pretty(JsonStructure json) {
    StringWriter w = new StringWriter();
    try (JsonWriter writer = PRETTY.createWriter(w)) {
      writer.write(json);
    }
    return w.toString().strip() + "\n";
  }
}
