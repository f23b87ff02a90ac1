package org.openiop.examples.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.concurrent.Callable;
import org.openiop.core.privacy.audit.AuditProblem;
import org.openiop.core.privacy.audit.AuditVerification;
import org.openiop.core.privacy.audit.CheckpointVerifier;
import org.openiop.core.privacy.audit.FileAuditSink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code iop-demo verify-audit DIR}: verifies the hash chain and signed checkpoints of a run. */
@Command(
    name = "verify-audit",
    mixinStandardHelpOptions = true,
    description = {
      "Verifies the audit trail of a run (DIR is the run's output directory or its audit/ folder).",
      "Exit 0 with the entry count if intact; 1 naming the first bad entry; 2 on a usage or file"
          + " error."
    })
final class VerifyAuditCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "the output directory of a run")
  Path dir;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Outputs layout = new Outputs(dir);
    Path log = layout.auditLog();
    Path key = layout.auditKey();
    if (!Files.exists(log)) {
      log = dir.resolve("audit.log");
      key = dir.resolve("checkpoint-key.pub");
    }
    AuditVerification v;
    try {
      byte[] der =
          Base64.getDecoder().decode(Files.readString(key, StandardCharsets.US_ASCII).strip());
      PublicKey publicKey =
          KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
      v = FileAuditSink.verify(log, CheckpointVerifier.ed25519(publicKey));
    } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
      err.println("verify-audit: cannot read the audit trail or its key: " + e.getMessage());
      return 2;
    }
    if (v.intact()) {
      out.println(
          "audit trail intact: "
              + v.events()
              + " entries, "
              + v.checkpoints()
              + " signed checkpoints, last sequence "
              + v.lastSeq());
      return 0;
    }
    AuditProblem p = v.problem();
    err.println(
        "audit trail NOT intact: first bad entry at line "
            + p.line()
            + " (sequence "
            + p.seq()
            + "): "
            + p.kind()
            + " - "
            + p.detail()
            + "; "
            + v.events()
            + " entries verified before it");
    return 1;
  }
}
