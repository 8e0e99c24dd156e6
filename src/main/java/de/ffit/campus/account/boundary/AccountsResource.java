package de.ffit.campus.account.boundary;

import de.ffit.campus.account.control.AccountDraft;
import de.ffit.campus.account.control.Accounts;
import de.ffit.campus.account.entity.UserAccount;
import de.ffit.campus.platform.rest.CampusApi;
import de.ffit.campus.platform.security.CurrentUser;
import de.ffit.campus.platform.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/accounts}: admins manage accounts. Passwords go in, never come out. */
@Tag(name = "Accounts")
@SecurityRequirement(name = CampusApi.BASIC)
@APIResponse(responseCode = "401", ref = CampusApi.UNAUTHORIZED)
@APIResponse(responseCode = "404", ref = CampusApi.NOT_FOUND)
@Path("accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountsResource {

    public record AccountJson(long id, String username, String displayName, long organisationId, Role role,
            boolean active, long version) {
        static AccountJson of(UserAccount a) {
            return new AccountJson(a.getId(), a.getUsername(), a.getDisplayName(), a.getOrganisation().getId(),
                    a.getRole(), a.isActive(), a.getVersion());
        }
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    Accounts accounts;

    @Context
    UriInfo uri;

    @Operation(summary = "List the accounts")
    @GET
    public List<AccountJson> list() {
        return accounts.all(currentUser.actor()).stream().map(AccountJson::of).toList();
    }

    @Operation(summary = "Create an account")
    @APIResponse(responseCode = "400", ref = CampusApi.INVALID)
    @APIResponse(responseCode = "409", ref = CampusApi.CONFLICT)
    @APIResponse(responseCode = "413", ref = CampusApi.TOO_LARGE)
    @POST
    public Response create(AccountDraft draft) {
        UserAccount account = accounts.create(currentUser.actor(), draft);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(account.getId())).build())
                .entity(AccountJson.of(account)).build();
    }

    @Operation(summary = "Read an account")
    @GET
    @Path("{id}")
    public AccountJson get(@PathParam("id") long id) {
        return AccountJson.of(accounts.find(currentUser.actor(), id));
    }

    @Operation(summary = "Change an account")
    @APIResponse(responseCode = "400", ref = CampusApi.INVALID)
    @APIResponse(responseCode = "409", ref = CampusApi.CONFLICT)
    @APIResponse(responseCode = "413", ref = CampusApi.TOO_LARGE)
    @PUT
    @Path("{id}")
    public AccountJson update(@PathParam("id") long id, AccountDraft draft) {
        return AccountJson.of(accounts.update(currentUser.actor(), id, draft));
    }
}
