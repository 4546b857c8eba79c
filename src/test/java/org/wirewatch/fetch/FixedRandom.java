package org.wirewatch.fetch;

import java.util.random.RandomGenerator;

/** A "random" generator that always draws the same fraction, so jitter is predictable. */
final class FixedRandom implements RandomGenerator {
  private final double fraction;

  FixedRandom(double fraction) {
    this.fraction = fraction;
  }

  @Override
  public double nextDouble() {
    return fraction;
  }

  @Override
  public long nextLong() {
    return (long) (fraction * Long.MAX_VALUE);
  }
}
