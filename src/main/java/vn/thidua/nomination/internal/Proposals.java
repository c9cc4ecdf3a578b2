package vn.thidua.nomination.internal;

import java.util.Collection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.thidua.nomination.ProposalStatus;

interface Proposals extends JpaRepository<Proposal, Long> {

    @Query("""
            select p from Proposal p
            where (p.proposingUnitId in :units or (p.grantorUnitId in :grantors and p.status <> 'DRAFT'))
              and (:status is null or p.status = :status)
            order by p.createdAt desc, p.id desc
            """)
    Page<Proposal> visible(Collection<Long> units, Collection<Long> grantors, ProposalStatus status,
            Pageable pageable);
}
