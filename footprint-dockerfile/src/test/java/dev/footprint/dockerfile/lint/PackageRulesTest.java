package dev.footprint.dockerfile.lint;

import static dev.footprint.dockerfile.lint.RuleAssert.doesNotFire;
import static dev.footprint.dockerfile.lint.RuleAssert.fires;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PackageRulesTest {
  @Test
  void fp201_apkAddWithoutNoCache_fires() {
    assertThat(fires("FP201", "FROM alpine:3.20\nRUN apk add curl\n").line()).isEqualTo(2);
    fires("FP201", "FROM alpine:3.20\nRUN apk update && \\\n  apk add --virtual .deps curl\n");
  }

  @Test
  void fp201_noCacheOrCacheMountOrBuildStage_doesNotFire() {
    doesNotFire("FP201", "FROM alpine:3.20\nRUN apk add --no-cache curl\n");
    doesNotFire("FP201", "FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/apk apk add curl\n");
    doesNotFire("FP201", "FROM alpine:3.20 AS tools\nRUN apk add curl\nFROM scratch\nCOPY --from=tools /usr/bin/curl /curl\n");
  }

  @Test
  void fp201_otherMountTarget_stillFires() {
    fires("FP201", "FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/other apk add curl\n");
  }

  @Test
  void fp202_aptInstallWithoutNoInstallRecommends_fires() {
    fires("FP202", "FROM debian:12\nRUN apt-get install -y curl\n");
    fires("FP202", "FROM debian:12\nRUN apt install -y curl\n");
  }

  @Test
  void fp202_withFlagOrOption_doesNotFire() {
    doesNotFire("FP202", "FROM debian:12\nRUN apt-get install -y --no-install-recommends curl\n");
    doesNotFire("FP202", "FROM debian:12\nRUN apt-get -o APT::Install-Recommends=false install -y curl\n");
  }

  @Test
  void fp203_updateWithoutListRemoval_fires() {
    fires("FP203", "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n");
  }

  @Test
  void fp203_cleanedOrMountedOrUnshippedStage_doesNotFire() {
    doesNotFire("FP203", "FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n");
    doesNotFire("FP203", "FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y curl\n");
    doesNotFire("FP203", "FROM debian:12 AS tools\nRUN apt-get update && apt-get install -y curl\nFROM alpine:3.20\nRUN true\n");
  }

  @Test
  void fp204_updateAlone_fires() {
    assertThat(fires("FP204", "FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl\n").line()).isEqualTo(2);
  }

  @Test
  void fp204_updateWithInstall_doesNotFire() {
    doesNotFire("FP204", "FROM debian:12\nRUN apt-get update && apt-get install -y curl\n");
  }

  @Test
  void fp205_pipInstall_fires() {
    fires("FP205", "FROM python:3.12\nRUN pip install requests\n");
    fires("FP205", "FROM python:3.12\nRUN python3 -m pip install requests\n");
    fires("FP205", "FROM python:3.12\nENV PIP_NO_CACHE_DIR=0\nRUN pip install requests\n");
  }

  @Test
  void fp205_noCacheDirOrEnvOrMount_doesNotFire() {
    doesNotFire("FP205", "FROM python:3.12\nRUN pip install --no-cache-dir requests\n");
    doesNotFire("FP205", "FROM python:3.12\nENV PIP_NO_CACHE_DIR=1\nRUN pip install requests\n");
    doesNotFire("FP205", "FROM python:3.12 AS base\nENV PIP_NO_CACHE_DIR=true\nFROM base\nRUN pip install requests\n");
    doesNotFire("FP205", "FROM python:3.12\nRUN --mount=type=cache,target=/root/.cache/pip pip install requests\n");
    doesNotFire("FP205", "FROM python:3.12\nRUN pipx install httpie\n");
  }

  @Test
  void fp206_npmInstallWithoutPackages_fires() {
    fires("FP206", "FROM node:20\nCOPY package*.json ./\nRUN npm install\n");
    fires("FP206", "FROM node:20\nRUN npm i --omit=dev\n");
  }

  @Test
  void fp206_npmCiOrGlobalOrPackage_doesNotFire() {
    doesNotFire("FP206", "FROM node:20\nRUN npm ci\n");
    doesNotFire("FP206", "FROM node:20\nRUN npm install -g pnpm\n");
    doesNotFire("FP206", "FROM node:20\nRUN npm install left-pad\n");
  }
}
