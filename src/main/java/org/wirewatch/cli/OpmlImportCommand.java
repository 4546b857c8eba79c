package org.wirewatch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.wirewatch.source.OpmlImport;
import org.wirewatch.source.SourceConfig;
import org.wirewatch.source.SourcesFile;

/** {@code --import-opml FILE}: adds an OPML list's feeds to the sources file, keeping the rest. */
final class OpmlImportCommand {
  private final PrintStream out;
  private final PrintStream err;

  OpmlImportCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(Path opml, Path sourcesFile) {
    SourcesFile file = new SourcesFile();
    try {
      List<SourceConfig> sources = new ArrayList<>(file.read(sourcesFile));
      OpmlImport.Result found;
      try (InputStream in = Files.newInputStream(opml)) {
        found = new OpmlImport().read(in);
      }
      Set<String> known = sources.stream().map(s -> s.id().value()).collect(Collectors.toSet());
      int added = 0;
      for (SourceConfig s : found.sources()) {
        if (known.add(s.id().value())) {
          sources.add(s);
          added++;
        }
      }
      found.skipped().forEach(reason -> err.println(opml + ": skipped " + reason));
      file.write(sourcesFile, sources);
      out.println(
          "Added "
              + added
              + " of "
              + found.sources().size()
              + " feeds to "
              + sourcesFile
              + " ("
              + sources.size()
              + " sources in all).");
      return 0;
    } catch (IOException | IllegalArgumentException e) {
      err.println("wirewatch: cannot import " + opml + ": " + e.getMessage());
      return 1;
    }
  }
}
