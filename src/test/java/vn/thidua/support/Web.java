package vn.thidua.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the integration tests do over and over through MockMvc: sign in through the form, call the API. */
public final class Web {

    private Web() {
    }

    /** Signs in through the real sign-in form (CSRF, lockout, principal) and returns the session. */
    public static MockHttpSession signIn(MockMvc mvc, String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(TestOrganization.PASSWORD))
                .andExpect(status().is3xxRedirection()).andReturn().getRequest().getSession();
    }

    /** Performs the request, expects the status, and reads the JSON answer. */
    public static JsonNode call(MockMvc mvc, JsonMapper json, RequestBuilder request, int expectedStatus)
            throws Exception {
        String body = mvc.perform(request).andExpect(status().is(expectedStatus)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body);
    }
}
