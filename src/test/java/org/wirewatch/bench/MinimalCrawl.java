package org.wirewatch.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import javafx.animation.Animation;
import javafx.animation.Interpolator;
import javafx.animation.TranslateTransition;
import javafx.application.Application;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.util.Duration;
import org.wirewatch.ui.BenchProbe;

/**
 * The references the crawl and startup benchmarks compare Wirewatch with, measured by the same
 * {@link BenchProbe}: the smallest JavaFX crawl (200 Labels in one row moved by one
 * TranslateTransition) in a window of the given size, or with {@code --bare} a window with one
 * label (startup's reference). Not a test; run by {@code bench/crawl.sh} and {@code
 * bench/startup.sh}.
 *
 * <p>Usage: {@code MinimalCrawl [--bare] [--size 1920x1080] [--headlines FILE] [--font PX] [--speed
 * PX_PER_S]}
 */
public final class MinimalCrawl {
  private MinimalCrawl() {}

  public static void main(String[] args) {
    Application.launch(Face.class, args);
  }

  /** The JavaFX application; a nested class so the launcher's main class is not one. */
  public static final class Face extends Application {
    @Override
    public void start(Stage stage) throws Exception {
      Map<String, String> named = getParameters().getNamed();
      List<String> raw = getParameters().getRaw();
      String[] size = option(raw, "--size", "1920x1080").split("x");
      double width = Double.parseDouble(size[0]);
      double height = Double.parseDouble(size[1]);
      double font = Double.parseDouble(option(raw, "--font", "19.5"));
      double speed = Double.parseDouble(option(raw, "--speed", "90"));
      String file = option(raw, "--headlines", null);
      List<String> headlines =
          file == null ? List.of("Wirewatch reference crawl") : Files.readAllLines(Path.of(file));
      Pane root;
      if (raw.contains("--bare")) {
        root = new javafx.scene.layout.StackPane(new Label("bare JavaFX window"));
      } else {
        HBox row = new HBox(40);
        for (int i = 0; i < 200; i++) {
          Label label = new Label(headlines.get(i % headlines.size()));
          label.setStyle(
              String.format(
                  java.util.Locale.ROOT,
                  "-fx-font-size: %.1fpx; -fx-font-weight: bold; -fx-text-fill: white;",
                  font));
          row.getChildren().add(label);
        }
        Group tape = new Group(row);
        root = new Pane(tape);
        root.setStyle("-fx-background-color: #0d1117;");
        tape.setLayoutY(Math.max(0, height - 3 * font));
        row.applyCss();
        row.layout();
        double length = row.prefWidth(-1);
        TranslateTransition move = new TranslateTransition(Duration.seconds(length / speed), tape);
        move.setFromX(width);
        move.setToX(-length);
        move.setInterpolator(Interpolator.LINEAR);
        move.setCycleCount(Animation.INDEFINITE);
        move.play();
      }
      if (named.containsKey("undecorated") || height < 400) {
        stage.initStyle(StageStyle.UNDECORATED);
      }
      stage.setScene(new Scene(root, width, height));
      stage.setX(0);
      stage.setY(0);
      stage.setTitle("reference");
      stage.show();
      String dir = System.getProperty(BenchProbe.DIR_PROPERTY);
      if (dir != null) {
        new BenchProbe(Path.of(dir), Executors.newSingleThreadExecutor(r -> daemon(r)))
            .watch(stage, () -> true);
      }
    }

    private static Thread daemon(Runnable r) {
      Thread t = new Thread(r, "reference-io");
      t.setDaemon(true);
      return t;
    }

    private static String option(List<String> raw, String name, String otherwise) {
      int i = raw.indexOf(name);
      return i >= 0 && i + 1 < raw.size() ? raw.get(i + 1) : otherwise;
    }
  }
}
