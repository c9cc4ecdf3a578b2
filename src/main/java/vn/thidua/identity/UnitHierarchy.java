package vn.thidua.identity;

import java.util.Optional;

/**
 * The unit tree as identity sees it. Implemented by the organization module, so that identity does not
 * depend on it.
 */
public interface UnitHierarchy {

    /** Whether the unit is the scope root itself or lies below it. */
    boolean isWithin(long unitId, long scopeRootId);

    /** The unit's administrative code and name for display («H99.01 – Sở Nội vụ»); empty when there is none. */
    Optional<String> label(long unitId);

    /** The unit that carries this administrative code (mã định danh). */
    Optional<Long> unitIdOfCode(String code);
}
