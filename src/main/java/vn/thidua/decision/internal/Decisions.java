package vn.thidua.decision.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface Decisions extends JpaRepository<Decision, Long> {
}
