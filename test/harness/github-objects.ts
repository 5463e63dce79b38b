/**
 * GitHub's shared objects (users, repositories, the Actions app) as its REST API spells them, with every
 * field its OpenAPI description requires, so the fake's answers pass the same schema check as the requests.
 * Values are plausible and stable; only the fields a client reads carry meaning.
 */
import type { User } from './github-state.ts';

export const WEB = 'https://github.com';
/** A fixed instant for things the fake did not create (accounts, repositories, the app). */
const EPOCH = '2024-01-01T00:00:00Z';

/** GitHub's "Simple User", also used for organisations and bots in owner and creator fields. */
export function userJson(user: User, api: string): Record<string, unknown> {
  const url = `${api}/users/${encodeURIComponent(user.login)}`;
  return {
    login: user.login,
    id: user.id,
    node_id: `U_${user.id}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
    gravatar_id: '',
    url,
    html_url: `${WEB}/${encodeURIComponent(user.login)}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: user.type,
    site_admin: false,
  };
}

/** GET /user for a person: GitHub's "Public User" (the private fields need the `user` scope). */
export function authenticatedUserJson(user: User, api: string): Record<string, unknown> {
  return {
    ...userJson(user, api),
    name: null,
    company: null,
    blog: '',
    location: null,
    email: null,
    hireable: null,
    bio: null,
    public_repos: 0,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: EPOCH,
    updated_at: EPOCH,
  };
}

/** A stable positive id for a repository's full name, so a fork and its parent differ. */
function repositoryId(fullName: string): number {
  let hash = 7;
  for (const char of fullName.toLowerCase()) hash = (hash * 31 + char.charCodeAt(0)) % 1_000_000_007;
  return 1000 + hash;
}

/** GitHub's "Repository"; `full` adds what GET /repos/{owner}/{repo} ("Full Repository") also sends. */
export function repositoryJson(fullName: string, api: string, full = false): Record<string, unknown> {
  const [owner, name] = fullName.split('/');
  const id = repositoryId(fullName);
  const url = `${api}/repos/${fullName}`;
  const html = `${WEB}/${fullName}`;
  const repository: Record<string, unknown> = {
    id,
    node_id: `R_${id}`,
    name,
    full_name: fullName,
    owner: userJson({ login: owner, id: id + 1, type: 'Organization' as User['type'] }, api),
    private: false,
    html_url: html,
    description: null,
    fork: false,
    url,
    archive_url: `${url}/{archive_format}{/ref}`,
    assignees_url: `${url}/assignees{/user}`,
    blobs_url: `${url}/git/blobs{/sha}`,
    branches_url: `${url}/branches{/branch}`,
    collaborators_url: `${url}/collaborators{/collaborator}`,
    comments_url: `${url}/comments{/number}`,
    commits_url: `${url}/commits{/sha}`,
    compare_url: `${url}/compare/{base}...{head}`,
    contents_url: `${url}/contents/{+path}`,
    contributors_url: `${url}/contributors`,
    deployments_url: `${url}/deployments`,
    downloads_url: `${url}/downloads`,
    events_url: `${url}/events`,
    forks_url: `${url}/forks`,
    git_commits_url: `${url}/git/commits{/sha}`,
    git_refs_url: `${url}/git/refs{/sha}`,
    git_tags_url: `${url}/git/tags{/sha}`,
    git_url: `git://github.com/${fullName}.git`,
    hooks_url: `${url}/hooks`,
    issue_comment_url: `${url}/issues/comments{/number}`,
    issue_events_url: `${url}/issues/events{/number}`,
    issues_url: `${url}/issues{/number}`,
    keys_url: `${url}/keys{/key_id}`,
    labels_url: `${url}/labels{/name}`,
    languages_url: `${url}/languages`,
    merges_url: `${url}/merges`,
    milestones_url: `${url}/milestones{/number}`,
    notifications_url: `${url}/notifications{?since,all,participating}`,
    pulls_url: `${url}/pulls{/number}`,
    releases_url: `${url}/releases{/id}`,
    ssh_url: `git@github.com:${fullName}.git`,
    stargazers_url: `${url}/stargazers`,
    statuses_url: `${url}/statuses/{sha}`,
    subscribers_url: `${url}/subscribers`,
    subscription_url: `${url}/subscription`,
    tags_url: `${url}/tags`,
    teams_url: `${url}/teams`,
    trees_url: `${url}/git/trees{/sha}`,
    clone_url: `${html}.git`,
    mirror_url: null,
    svn_url: html,
    homepage: null,
    language: 'Python',
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers: 0,
    watchers_count: 0,
    size: 0,
    default_branch: 'main',
    open_issues: 0,
    open_issues_count: 0,
    has_issues: true,
    has_projects: true,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: 'public',
    license: null,
    pushed_at: EPOCH,
    created_at: EPOCH,
    updated_at: EPOCH,
  };
  if (full) Object.assign(repository, { network_count: 0, subscribers_count: 0 });
  return repository;
}

/** The GitHub Actions app, which owns the check runs a workflow's GITHUB_TOKEN creates. */
export function actionsAppJson(api: string): Record<string, unknown> {
  return {
    id: 15368,
    slug: 'github-actions',
    node_id: 'MDM6QXBwMTUzNjg=',
    owner: userJson({ login: 'github', id: 9919, type: 'Organization' as User['type'] }, api),
    name: 'GitHub Actions',
    description: 'Automate your workflow from idea to production',
    external_url: 'https://help.github.com/en/actions',
    html_url: `${WEB}/apps/github-actions`,
    created_at: '2018-07-30T09:30:17Z',
    updated_at: '2019-12-10T19:04:12Z',
    permissions: { checks: 'write', deployments: 'write', issues: 'write', pull_requests: 'write' },
    events: ['check_run', 'check_suite', 'deployment', 'pull_request'],
  };
}
