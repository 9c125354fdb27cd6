/**
 * Per-user files of build and package tools that hold registry logins. A tool that publishes to or
 * pulls from a private registry keeps the account's password or token in a file under its own
 * dot-directory in the home: Maven's `~/.m2/settings.xml` (`<server><password>`) and its master
 * key `settings-security.xml`, Gradle's `~/.gradle/gradle.properties`, RubyGems'
 * `~/.gem/credentials`, Ivy's and sbt's `.credentials`, NuGet's `NuGet.Config`, Composer's
 * `auth.json`, Cargo's `credentials.toml`, Bundler's `config`, Helm's `repositories.yaml`, the
 * container tools' `auth.json`, Terraform's `.terraformrc`. Sending one of them elsewhere hands out
 * the registry account, as `~/.npmrc` or `~/.pypirc` would.
 *
 * The reading is a pair: the tool's directory among the path's parts, and a file name that, in that
 * tool's documented layout, is where logins go. Either alone is ordinary (`settings.xml` of a
 * project, `config` of any program), so a project's own `pom.xml` or `./settings.xml` stays
 * unflagged.
 *
 * @internal Not part of the public API.
 */

/** For each tool directory (lowercased), the file names in it that hold registry logins. */
const TOOL_FILES: ReadonlyMap<string, readonly string[]> = new Map([
  ['.m2', ['settings.xml', 'settings-security.xml']],
  ['.gradle', ['gradle.properties']],
  ['.gem', ['credentials']],
  ['.ivy2', ['.credentials', 'credentials', 'credentials.properties']],
  ['.sbt', ['.credentials', 'credentials', 'credentials.sbt']],
  ['.nuget', ['nuget.config']],
  ['nuget', ['nuget.config']],
  ['.composer', ['auth.json']],
  ['composer', ['auth.json']],
  ['.cargo', ['credentials', 'credentials.toml']],
  ['.bundle', ['config']],
  ['helm', ['repositories.yaml']],
  ['containers', ['auth.json']],
  ['.pub-cache', ['credentials.json']],
  ['.conan', ['.conan.db']],
  ['.conan2', ['.conan.db']],
]);

/** Single files at the home's top that hold a tool's tokens. */
const HOME_FILES = new Set(['.terraformrc', '.yarnrc.yml', '.gemrc']);

/** How a path says "the home" in a shell or on Windows. */
const HOME = /^(?:~|\$home|\$\{home\}|%userprofile%|\$env:userprofile)$/;

/**
 * Whether `path` (any case, `/` or `\` separators, `~`, `$HOME` or an absolute home first) names a
 * build or package tool's credential file: the file's name is one its tool keeps logins in and the
 * tool's directory is among the path's parts.
 *
 * Linear in the path's length.
 */
export function isToolCredentialFile(path: string): boolean {
  if (path.length === 0 || path.length > 512) return false;
  const parts = path.toLowerCase().replace(/\\/g, '/').split('/');
  // split returns at least one part
  const name = parts[parts.length - 1]!;
  // A home's own file: `~/.terraformrc`, `$HOME/.yarnrc.yml`, `/home/ana/.gemrc`.
  if (HOME_FILES.has(name))
    return (
      (parts.length === 2 && HOME.test(parts[0]!)) ||
      (parts.length === 4 && parts[0] === '' && (parts[1] === 'home' || parts[1] === 'users')) ||
      (parts.length === 3 && parts[0] === '' && parts[1] === 'root')
    );
  for (let i = parts.length - 2; i >= 0; i--) {
    const files = TOOL_FILES.get(parts[i]!);
    if (files?.includes(name) === true) return true;
  }
  return false;
}
