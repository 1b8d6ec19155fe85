/*
 * ssl-hash: a small C program linked to libssl and libcrypto (OpenSSL 3), the shape of many
 * C services. Prints the OpenSSL version, whether a TLS client context can be made, and the
 * SHA-256 of each argument (default "footprint"); exits 0 on success.
 */
#include <stdio.h>
#include <string.h>
#include <openssl/evp.h>
#include <openssl/ssl.h>
#include <openssl/crypto.h>

static int print_sha256(const char *text) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (!EVP_Digest(text, strlen(text), digest, &len, EVP_sha256(), NULL)) {
        fprintf(stderr, "ssl-hash: EVP_Digest failed\n");
        return 1;
    }
    printf("sha256(%s)=", text);
    for (unsigned int i = 0; i < len; i++) printf("%02x", digest[i]);
    printf("\n");
    return 0;
}

int main(int argc, char **argv) {
    /* Making a TLS context keeps libssl a real dependency, not one the linker may drop. */
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    if (ctx == NULL) {
        fprintf(stderr, "ssl-hash: SSL_CTX_new failed\n");
        return 1;
    }
    printf("openssl: %s\n", OpenSSL_version(OPENSSL_VERSION));
    printf("tls-client-context: ok\n");
    SSL_CTX_free(ctx);

    int rc = 0;
    if (argc < 2) return print_sha256("footprint");
    for (int i = 1; i < argc; i++) rc |= print_sha256(argv[i]);
    return rc;
}
