package vn.thidua.campaign.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.thidua.campaign.CampaignDefinition;

/** Parsed definitions by campaign id and version: reservations do not parse JSON each time. */
@Component
class DefinitionCache {

    private record Key(long id, long version) {
    }

    private final Map<Key, CampaignDefinition> parsed = new ConcurrentHashMap<>();

    CampaignDefinition of(StoredCampaign campaign) {
        return parsed.computeIfAbsent(new Key(campaign.id(), campaign.version()),
                key -> DefinitionJson.read(campaign.definition()));
    }
}
