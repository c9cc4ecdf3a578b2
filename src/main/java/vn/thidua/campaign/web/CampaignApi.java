package vn.thidua.campaign.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.campaign.CampaignCatalog;
import vn.thidua.campaign.CampaignManagement;
import vn.thidua.campaign.CampaignQuotas;
import vn.thidua.campaign.CampaignSummary;
import vn.thidua.campaign.CampaignView;
import vn.thidua.campaign.QuotaReservation;
import vn.thidua.campaign.QuotaUsage;

/**
 * REST API of campaigns: definitions in the documented JSON format (docs/CAMPAIGNS.md), quota usage, and the
 * reservations nominations take. A definition is sent as the request body; the reason of a change as a parameter.
 */
@RestController
@RequestMapping("/api/v1/campaigns")
@Tag(name = "Campaigns")
class CampaignApi {

    private final CampaignCatalog catalog;
    private final CampaignManagement management;
    private final CampaignQuotas quotas;

    CampaignApi(CampaignCatalog catalog, CampaignManagement management, CampaignQuotas quotas) {
        this.catalog = catalog;
        this.management = management;
        this.quotas = quotas;
    }

    @GetMapping
    List<CampaignSummary> list() {
        return catalog.campaigns();
    }

    @GetMapping("/{code}")
    CampaignView campaign(@PathVariable String code) {
        return catalog.campaign(code);
    }

    @GetMapping(value = "/{code}/definition", produces = MediaType.APPLICATION_JSON_VALUE)
    String definition(@PathVariable String code) {
        return catalog.definitionJson(code);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    CampaignView create(@RequestBody String definition, @RequestParam String reason) {
        return catalog.campaign(management.create(definition, reason));
    }

    @PutMapping(value = "/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
    CampaignView update(@PathVariable String code, @RequestParam long version, @RequestParam String reason,
            @RequestBody String definition) {
        return management.update(code, version, definition, reason);
    }

    @GetMapping("/{code}/quotas")
    List<QuotaUsage> usage(@PathVariable String code, @RequestParam String stage, @RequestParam int year) {
        return quotas.usage(code, stage, year);
    }

    @PostMapping("/reservations")
    @ResponseStatus(HttpStatus.CREATED)
    QuotaReservation reserve(@Valid @RequestBody CampaignQuotas.ReservationRequest request) {
        return quotas.reserve(request);
    }

    @PostMapping("/reservations/{id}/release")
    QuotaReservation release(@PathVariable long id, @Valid @RequestBody ReasonRequest request) {
        return quotas.release(id, request.reason());
    }

    @PostMapping("/{code}/quotas/{quotaCode}/base")
    QuotaUsage declareBase(@PathVariable String code, @PathVariable String quotaCode,
            @Valid @RequestBody BaseRequest request) {
        return quotas.declareBase(code, quotaCode, request.stage(), request.year(), request.unitId(), request.base(),
                request.reason());
    }

    record ReasonRequest(@NotBlank String reason) {
    }

    record BaseRequest(@NotBlank String stage, @NotNull Integer year, @NotNull Long unitId, @NotNull Integer base,
            @NotBlank String reason) {
    }
}
