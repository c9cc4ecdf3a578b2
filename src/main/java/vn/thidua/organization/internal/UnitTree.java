package vn.thidua.organization.internal;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.thidua.identity.UnitHierarchy;
import vn.thidua.organization.UnitInfo;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.VietnameseText;

/**
 * The whole unit tree held in memory. A province has a few thousand units at most, and authorization asks "is this
 * unit inside that subtree" on every request, so a snapshot that is rebuilt after each committed change is both
 * the simplest and the fastest answer.
 */
@Component
class UnitTree implements UnitHierarchy {

    private final Units units;
    private volatile Snapshot snapshot;
    /** Counts committed or rolled-back changes, so that a reader racing a change never publishes a stale tree. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

    UnitTree(Units units) {
        this.units = units;
    }

    @Override
    public boolean isWithin(long unitId, long scopeRootId) {
        Snapshot current = current();
        Long cursor = unitId;
        int guard = 0;
        while (cursor != null && guard++ < 64) {
            if (cursor == scopeRootId) {
                return true;
            }
            UnitInfo unit = current.byId.get(cursor);
            cursor = unit == null ? null : unit.parentId();
        }
        return false;
    }

    @Override
    public Optional<String> label(long unitId) {
        return Optional.ofNullable(current().byId.get(unitId)).map(unit -> unit.code() + " \u2013 " + unit.name());
    }

    @Override
    public Optional<Long> unitIdOfCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(current().idByCode.get(code.strip()));
    }

    UnitInfo get(long unitId) {
        UnitInfo unit = current().byId.get(unitId);
        if (unit == null) {
            throw new NotFoundException("unit", unitId);
        }
        return unit;
    }

    boolean exists(long unitId) {
        return current().byId.containsKey(unitId);
    }

    List<UnitInfo> children(long unitId) {
        return current().children.getOrDefault(unitId, List.of());
    }

    List<UnitInfo> roots() {
        return current().children.getOrDefault(null, List.of());
    }

    /** The unit and every unit below it. */
    Set<Long> subtree(Collection<Long> rootIds) {
        Snapshot current = current();
        Set<Long> result = new java.util.HashSet<>();
        List<Long> pending = new ArrayList<>(rootIds);
        while (!pending.isEmpty()) {
            Long next = pending.remove(pending.size() - 1);
            if (current.byId.containsKey(next) && result.add(next)) {
                current.children.getOrDefault(next, List.of()).forEach(child -> pending.add(child.id()));
            }
        }
        return result;
    }

    /**
     * The tree changed in the current transaction. From now on that transaction reads its own snapshot (it sees its
     * uncommitted units, nobody else does), and the shared snapshot is dropped when it ends, committed or rolled
     * back.
     */
    void changed() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            generation.incrementAndGet();
            snapshot = null;
            return;
        }
        if (TransactionSynchronizationManager.hasResource(this)) {
            ((LocalSnapshot) TransactionSynchronizationManager.getResource(this)).value = null;
            return;
        }
        TransactionSynchronizationManager.bindResource(this, new LocalSnapshot());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(UnitTree.this);
                generation.incrementAndGet();
                snapshot = null;
            }
        });
    }

    private Snapshot current() {
        if (TransactionSynchronizationManager.getResource(this) instanceof LocalSnapshot local) {
            if (local.value == null) {
                local.value = load();
            }
            return local.value;
        }
        Snapshot current = snapshot;
        if (current == null) {
            long seen = generation.get();
            current = load();
            if (generation.get() == seen) {
                snapshot = current;
            }
        }
        return current;
    }

    private Snapshot load() {
        List<Unit> all = units.findAll();
        Map<Long, Unit> entities = new HashMap<>();
        all.forEach(unit -> entities.put(unit.id(), unit));
        Map<Long, UnitInfo> byId = new HashMap<>();
        for (Unit unit : all) {
            byId.put(unit.id(), new UnitInfo(unit.id(), unit.code(), unit.name(), unit.abbreviation(), unit.level(),
                    unit.parentId(), unit.validFrom(), unit.validTo(), placeName(unit, entities),
                    unit.headTitle()));
        }
        Collator collator = VietnameseText.collator();
        Map<Long, List<UnitInfo>> children = new HashMap<>();
        byId.values().forEach(unit -> children.computeIfAbsent(unit.parentId(), key -> new ArrayList<>()).add(unit));
        children.values().forEach(list -> list.sort(Comparator.comparing(UnitInfo::level)
                .thenComparing(UnitInfo::name, collator)));
        children.replaceAll((key, list) -> List.copyOf(list));
        Map<String, Long> idByCode = new HashMap<>();
        byId.values().forEach(unit -> idByCode.put(unit.code(), unit.id()));
        return new Snapshot(Map.copyOf(byId), children, Map.copyOf(idByCode));
    }

    private static String placeName(Unit unit, Map<Long, Unit> entities) {
        Unit cursor = unit;
        int guard = 0;
        while (cursor != null && guard++ < 64) {
            if (cursor.placeName() != null) {
                return cursor.placeName();
            }
            cursor = cursor.parentId() == null ? null : entities.get(cursor.parentId());
        }
        return null;
    }

    /** The snapshot a transaction that changed the tree reads until it ends. */
    private static final class LocalSnapshot {
        private Snapshot value;
    }

    private record Snapshot(Map<Long, UnitInfo> byId, Map<Long, List<UnitInfo>> children,
            Map<String, Long> idByCode) {
    }
}
