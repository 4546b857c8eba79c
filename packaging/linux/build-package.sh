#!/usr/bin/env bash
# Builds the self-contained Linux application image (its own runtime with JavaFX, made by jlink
# through jpackage) and, where dpkg-deb and fakeroot are present, a .deb that installs it with a
# `wirewatch` command, the desktop entry, the AppStream metainfo and the icon.
# Called by `mvn -B -Ppackage package` after the jars are staged; see docs/DEPLOYMENT.md.
set -euo pipefail

version="${1:?project version}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
stage="$root/target/jpackage"
out="$stage/out"
numeric="${version%%-*}" # jpackage and dpkg want 1.2.3, not 1.2.3-SNAPSHOT

for tool in jpackage jlink jdeps; do
  command -v "$tool" >/dev/null || { echo "missing $tool: install a full JDK 17 (not a JRE)" >&2; exit 1; }
done

rm -rf "$out"
mkdir -p "$out"

# The JDK modules the app and its libraries use, plus the ones found only at run time:
# charsets (KOI8-R, windows-1251 feeds), localedata (month names in other languages), TLS curves.
jdk_modules="$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps \
  --class-path "$stage/input/*" --module-path "$stage/javafx" "$stage/input/wirewatch-$version.jar")"
modules="$jdk_modules,javafx.controls,javafx.web,javafx.media,jdk.charsets,jdk.localedata,jdk.crypto.ec,jdk.zipfs"
echo "runtime modules: $modules"

jpackage --type app-image \
  --name wirewatch \
  --app-version "$numeric" \
  --vendor "The Wirewatch team" \
  --description "Live-blog ticker for journalists and newsroom walls" \
  --input "$stage/input" \
  --main-jar "wirewatch-$version.jar" \
  --main-class org.wirewatch.cli.Main \
  --module-path "$stage/javafx" \
  --add-modules "$modules" \
  --jlink-options "--strip-debug --no-header-files --no-man-pages --strip-native-commands" \
  --icon "$root/assets/icons/wirewatch-256.png" \
  --dest "$out"
echo "application image: $out/wirewatch (launcher: $out/wirewatch/bin/wirewatch)"

if ! command -v dpkg-deb >/dev/null || ! command -v fakeroot >/dev/null; then
  echo "no .deb: dpkg-deb and fakeroot are needed (apt-get install dpkg-dev fakeroot)" >&2
  exit 0
fi

deb="$stage/deb"
rm -rf "$deb"
mkdir -p "$deb/DEBIAN" "$deb/opt" "$deb/usr/bin" "$deb/usr/share/applications" \
  "$deb/usr/share/metainfo" "$deb/usr/lib/systemd/user"
cp -a "$out/wirewatch" "$deb/opt/wirewatch"
ln -s /opt/wirewatch/bin/wirewatch "$deb/usr/bin/wirewatch"
install -m 644 "$root/packaging/linux/org.wirewatch.Wirewatch.desktop" "$deb/usr/share/applications/"
install -m 644 "$root/packaging/linux/org.wirewatch.Wirewatch.metainfo.xml" "$deb/usr/share/metainfo/"
for size in 48 64 128 256; do
  dir="$deb/usr/share/icons/hicolor/${size}x${size}/apps"
  mkdir -p "$dir"
  install -m 644 "$root/assets/icons/wirewatch-$size.png" "$dir/org.wirewatch.Wirewatch.png"
done
install -m 644 "$root/packaging/linux/systemd/"*.service "$deb/usr/lib/systemd/user/"
installed_kb="$(du -sk "$deb" | cut -f1)"
arch="$(dpkg --print-architecture)"
cat > "$deb/DEBIAN/control" <<CONTROL
Package: wirewatch
Version: $numeric
Section: net
Priority: optional
Architecture: $arch
Maintainer: The Wirewatch team <wirewatch@localhost>
Installed-Size: $installed_kb
Depends: libc6, libgtk-3-0, libasound2, libxtst6, libgl1
Description: Live-blog ticker for journalists and newsroom walls
 Wirewatch watches live blogs, agency wires and feeds, merges their updates
 into one timeline and shows them as a smooth crawl, a readable timeline,
 a full-screen wall display or a thin ticker bar. It carries its own Java
 runtime and JavaFX.
CONTROL
fakeroot dpkg-deb --build --root-owner-group "$deb" "$out/wirewatch_${numeric}_${arch}.deb" >/dev/null
echo "package: $out/wirewatch_${numeric}_${arch}.deb"
