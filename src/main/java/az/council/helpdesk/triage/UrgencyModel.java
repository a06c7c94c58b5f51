package az.council.helpdesk.triage;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A linear model learnt from the labelled dev set that recognises emergencies the rules have no phrase for:
 * one logistic regression per class (no emergency, then each {@link Urgency}) over {@link UrgencyFeatures}.
 * The rules stay first because they are exact and explain themselves; this catches the wordings nobody wrote
 * a rule for yet ("all the pills on the table", "he is breaking the door"), which every new held-out set had.
 * {@code eval --train-urgency} fits it and writes {@value #RESOURCE}; it is data, not code.
 *
 * @param weights per class, the bucket weights followed by the bias; class 0 is "no emergency"
 * @param threshold the probability of an emergency at or above which the message goes to a person
 */
public record UrgencyModel(UrgencyFeatures features, List<Urgency> urgencies, float[][] weights, double threshold) {
  static final String RESOURCE = "/triage/urgency-model.bin";
  private static final int MAGIC = 0x55524732; // "URG2"

  public UrgencyModel {
    urgencies = List.copyOf(urgencies);
    if (weights.length != urgencies.size() + 1) {
      throw new IllegalArgumentException("one weight row per urgency plus one for 'none'");
    }
    for (float[] row : weights) {
      if (row.length != (1 << features.bits()) + 1) {
        throw new IllegalArgumentException("each weight row holds every bucket and the bias");
      }
    }
  }

  /** A model with every weight zero, to be given the trained ones with {@link #withWeights}. */
  public static UrgencyModel untrained(List<Urgency> urgencies, double threshold) {
    UrgencyFeatures features = UrgencyFeatures.DEFAULT;
    return new UrgencyModel(features, urgencies, new float[urgencies.size() + 1][(1 << features.bits()) + 1],
        threshold);
  }

  public UrgencyModel withWeights(float[][] trained) {
    return new UrgencyModel(features, urgencies, trained, threshold);
  }

  /** The sorted distinct feature buckets of a text, for training. */
  public int[] buckets(String text) {
    return features.buckets(text);
  }

  public int buckets() {
    return 1 << features.bits();
  }

  /** The model shipped in the jar, read once. */
  public static UrgencyModel shipped() {
    return Shipped.MODEL;
  }

  private static final class Shipped {
    static final UrgencyModel MODEL = load();

    private static UrgencyModel load() {
      try (InputStream in = UrgencyModel.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE + " (eval --train-urgency writes it)");
        }
        return read(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The probability that the text describes an emergency. */
  public double probability(String text) {
    return probability(features.buckets(text));
  }

  /** The emergency the text most likely describes, if its probability reaches the threshold. */
  public Optional<Urgency> classify(String text) {
    int[] buckets = features.buckets(text);
    return probability(buckets) < threshold ? Optional.empty() : Optional.of(kind(buckets));
  }

  /** The kind of emergency the text is most like, whatever its probability of being one. */
  public Urgency kind(String text) {
    return kind(features.buckets(text));
  }

  private Urgency kind(int[] buckets) {
    int best = 1;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int c = 1; c < weights.length; c++) {
      double score = score(c, buckets);
      if (score > bestScore) {
        bestScore = score;
        best = c;
      }
    }
    return urgencies.get(best - 1);
  }

  private double probability(int[] buckets) {
    return 1 - 1 / (1 + Math.exp(-score(0, buckets)));
  }

  private double score(int c, int[] buckets) {
    float[] w = weights[c];
    double sum = 0;
    for (int b : buckets) {
      sum += w[b];
    }
    // Binary features scaled to unit length, as in training.
    return buckets.length == 0 ? w[w.length - 1] : sum / Math.sqrt(buckets.length) + w[w.length - 1];
  }

  public UrgencyModel withThreshold(double value) {
    return new UrgencyModel(features, urgencies, weights, value);
  }

  public void write(OutputStream out) throws IOException {
    GZIPOutputStream zip = new GZIPOutputStream(out);
    DataOutputStream data = new DataOutputStream(new BufferedOutputStream(zip));
    data.writeInt(MAGIC);
    data.writeInt(features.bits());
    data.writeInt(features.minN());
    data.writeInt(features.maxN());
    data.writeDouble(threshold);
    data.writeInt(urgencies.size());
    for (Urgency u : urgencies) {
      data.writeUTF(u.name());
    }
    // Sixteen bits a weight with one scale per row: half the size of floats, and the probabilities move by
    // less than 1e-4, far below anything the threshold could notice.
    for (float[] row : weights) {
      float max = 0;
      for (float w : row) {
        max = Math.max(max, Math.abs(w));
      }
      float scale = max == 0 ? 1 : max / Short.MAX_VALUE;
      data.writeFloat(scale);
      for (float w : row) {
        data.writeShort(Math.round(w / scale));
      }
    }
    data.flush();
    zip.finish();
  }

  public static UrgencyModel read(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in)));
    if (data.readInt() != MAGIC) {
      throw new IOException("not an urgency model");
    }
    UrgencyFeatures features = new UrgencyFeatures(data.readInt(), data.readInt(), data.readInt());
    double threshold = data.readDouble();
    int classes = data.readInt();
    List<Urgency> urgencies = new ArrayList<>();
    for (int i = 0; i < classes; i++) {
      urgencies.add(Urgency.valueOf(data.readUTF()));
    }
    float[][] weights = new float[classes + 1][(1 << features.bits()) + 1];
    // A row at a time: reading 65,537 shorts one call each took most of a cold start's 60–80 ms.
    byte[] bytes = new byte[weights[0].length * Short.BYTES];
    for (float[] row : weights) {
      float scale = data.readFloat();
      data.readFully(bytes);
      java.nio.ShortBuffer shorts = java.nio.ByteBuffer.wrap(bytes).asShortBuffer();
      for (int i = 0; i < row.length; i++) {
        row[i] = shorts.get(i) * scale;
      }
    }
    return new UrgencyModel(features, urgencies, weights, threshold);
  }
}
