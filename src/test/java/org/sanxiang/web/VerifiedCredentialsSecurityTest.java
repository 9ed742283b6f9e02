package org.sanxiang.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sanxiang.cluster.CacheVersions;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The short-lived memory of verified HTTP Basic credentials in front of Camunda's identity service. */
@Tag("no-db")
class VerifiedCredentialsSecurityTest {

    IdentityService identity;
    CacheVersions versions = mock(CacheVersions.class);

    @BeforeEach
    void identity() {
        identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
        when(identity.checkPassword("chenjing", "demo1234")).thenReturn(true);
        Group reviewer = mock(Group.class);
        when(reviewer.getId()).thenReturn("reviewer");
        when(identity.createGroupQuery().groupMember(anyString()).list()).thenReturn(List.of(reviewer));
    }

    static Authentication login(CamundaIdentityAuthenticationProvider provider, String user, String password) {
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(user, password));
    }

    static List<String> authorities(Authentication a) {
        return a.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }

    @Test
    void aVerifiedPasswordIsCheckedOnceWithinTheTtl() {
        var provider = new CamundaIdentityAuthenticationProvider(identity, versions, Duration.ofSeconds(10));
        for (int i = 0; i < 5; i++) {
            Authentication a = login(provider, "chenjing", "demo1234");
            assertThat(a.isAuthenticated()).isTrue();
            assertThat(a.getName()).isEqualTo("chenjing");
            assertThat(a.getCredentials()).isNull();
            assertThat(authorities(a)).containsExactly("GROUP_reviewer");
        }
        verify(identity, times(1)).checkPassword("chenjing", "demo1234");
    }

    @Test
    void anotherPasswordIsAlwaysCheckedAndAFailureForgetsTheUser() {
        var provider = new CamundaIdentityAuthenticationProvider(identity, versions, Duration.ofSeconds(10));
        login(provider, "chenjing", "demo1234");
        assertThatThrownBy(() -> login(provider, "chenjing", "wrong")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> login(provider, "chenjing", "wrong")).isInstanceOf(BadCredentialsException.class);
        verify(identity, times(2)).checkPassword("chenjing", "wrong");
        // Camunda now locks the account: the right password goes to Camunda again and is refused
        when(identity.checkPassword("chenjing", "demo1234")).thenReturn(false);
        assertThatThrownBy(() -> login(provider, "chenjing", "demo1234")).isInstanceOf(BadCredentialsException.class);
        verify(identity, times(2)).checkPassword("chenjing", "demo1234");
    }

    @Test
    void theSamePasswordOfAnotherUserIsNotTakenForIt() {
        var provider = new CamundaIdentityAuthenticationProvider(identity, versions, Duration.ofSeconds(10));
        login(provider, "chenjing", "demo1234");
        assertThatThrownBy(() -> login(provider, "zhaomin", "demo1234")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> login(provider, " ", "demo1234")).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void afterTheTtlOrWithoutOneEveryRequestIsChecked() throws Exception {
        var shortLived = new CamundaIdentityAuthenticationProvider(identity, versions, Duration.ofMillis(30));
        login(shortLived, "chenjing", "demo1234");
        Thread.sleep(60);
        login(shortLived, "chenjing", "demo1234");
        verify(identity, times(2)).checkPassword("chenjing", "demo1234");

        var off = new CamundaIdentityAuthenticationProvider(identity, versions, Duration.ZERO);
        login(off, "chenjing", "demo1234");
        login(off, "chenjing", "demo1234");
        verify(identity, times(4)).checkPassword("chenjing", "demo1234");
    }

    /** Another node changed an account (the cluster's cache version moved): the next request is checked again. */
    @Test
    void aMovedCacheVersionIsCheckedAgainWithinTheTtl() {
        var provider = new CamundaIdentityAuthenticationProvider(identity, versions, Duration.ofSeconds(10));
        when(versions.version(CacheVersions.VERIFIED_CREDENTIALS)).thenReturn(7L);
        login(provider, "chenjing", "demo1234");
        login(provider, "chenjing", "demo1234");
        verify(identity, times(1)).checkPassword("chenjing", "demo1234");
        when(versions.version(CacheVersions.VERIFIED_CREDENTIALS)).thenReturn(8L);
        login(provider, "chenjing", "demo1234");
        verify(identity, times(2)).checkPassword("chenjing", "demo1234");
        login(provider, "chenjing", "demo1234");
        verify(identity, times(2)).checkPassword("chenjing", "demo1234");
    }
}
