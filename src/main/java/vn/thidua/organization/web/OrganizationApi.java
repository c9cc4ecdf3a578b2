package vn.thidua.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.thidua.organization.ClusterInfo;
import vn.thidua.organization.ImportSummary;
import vn.thidua.organization.MembershipInfo;
import vn.thidua.organization.NewPerson;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.OrganizationManagement;
import vn.thidua.organization.PersonInfo;
import vn.thidua.organization.SuccessionInfo;
import vn.thidua.organization.UnitInfo;

/** REST API of the organisation: units, clusters, people, imports and exports. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Organisation")
class OrganizationApi {

    private final OrganizationDirectory directory;
    private final OrganizationManagement management;

    OrganizationApi(OrganizationDirectory directory, OrganizationManagement management) {
        this.directory = directory;
        this.management = management;
    }

    @GetMapping("/units")
    List<UnitInfo> roots() {
        return directory.roots();
    }

    @GetMapping("/units/{id}")
    UnitInfo unit(@PathVariable long id) {
        return directory.unit(id);
    }

    @GetMapping("/units/{id}/children")
    List<UnitInfo> children(@PathVariable long id) {
        return directory.children(id);
    }

    @GetMapping("/units/{id}/successions")
    List<SuccessionInfo> successions(@PathVariable long id) {
        return directory.successions(id);
    }

    @GetMapping("/clusters")
    List<ClusterInfo> clusters(@RequestParam int year) {
        return directory.clusters(year);
    }

    @Operation(summary = "Search people by name, ignoring diacritics and case, in Vietnamese order")
    @GetMapping("/people")
    Page<PersonInfo> people(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Long unit,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return directory.searchPeople(q, unit, PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200)));
    }

    @GetMapping("/people/{id}")
    PersonInfo person(@PathVariable long id) {
        return directory.person(id);
    }

    @GetMapping("/people/{id}/memberships")
    List<MembershipInfo> memberships(@PathVariable long id) {
        return directory.memberships(id);
    }

    @PostMapping("/people")
    @ResponseStatus(HttpStatus.CREATED)
    PersonInfo register(@Valid @RequestBody NewPerson person) {
        return directory.person(management.registerPerson(person));
    }

    @PutMapping("/people/{id}")
    PersonInfo update(@PathVariable long id, @Valid @RequestBody NewPerson person,
            @RequestParam(required = false) String reason) {
        management.updatePerson(id, person, reason);
        return directory.person(id);
    }

    @PostMapping(path = "/imports/units", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportSummary importUnits(@RequestParam MultipartFile file, @RequestParam(required = false) String reason)
            throws IOException {
        return management.importUnits(file.getBytes(), reason);
    }

    @PostMapping(path = "/imports/people", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportSummary importPeople(@RequestParam MultipartFile file, @RequestParam(required = false) String reason)
            throws IOException {
        return management.importPeople(file.getBytes(), reason);
    }

    @GetMapping("/units/{id}/people.xlsx")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        return ResponseEntity.ok().contentType(vn.thidua.shared.Download.XLSX).body(management.exportPeople(id));
    }
}
