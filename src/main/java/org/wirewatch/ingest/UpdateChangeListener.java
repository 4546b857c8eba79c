package org.wirewatch.ingest;

import java.util.List;

/** Receives changes in batches: one call per ingested fetch, never one per update. */
@FunctionalInterface
public interface UpdateChangeListener {
  void onChanges(List<UpdateChange> changes);
}
