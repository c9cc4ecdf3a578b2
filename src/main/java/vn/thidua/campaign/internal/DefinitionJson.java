package vn.thidua.campaign.internal;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.campaign.CampaignDefinition;
import vn.thidua.shared.BusinessRuleException;

/**
 * Reads and writes the JSON format of campaign definitions (docs/CAMPAIGNS.md). Strict: an unknown field, a value
 * of the wrong type or an impossible date is refused with the JSON path of the value at fault.
 */
final class DefinitionJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private DefinitionJson() {
    }

    static CampaignDefinition read(String json) {
        if (json == null || json.isBlank()) {
            throw new BusinessRuleException("campaign.error.emptyDefinition", "definition");
        }
        try {
            CampaignDefinition definition = MAPPER.readValue(json, CampaignDefinition.class);
            if (definition == null) {
                throw new BusinessRuleException("campaign.error.emptyDefinition", "definition");
            }
            return definition;
        } catch (JacksonException e) {
            String path = path(e);
            throw new BusinessRuleException("campaign.error.json", path.isEmpty() ? "definition" : path,
                    path.isEmpty() ? "definition" : path,
                    e.getLocation() == null ? 0 : e.getLocation().getLineNr());
        }
    }

    static String write(CampaignDefinition definition) {
        return MAPPER.writeValueAsString(definition);
    }

    /** The path of the bad value as the other problems name fields: {@code quotas[3].cap}. */
    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
