// How IAM answers, read the same way everywhere: paginated lists, and the error codes that are a
// state rather than a failure. An error is recognised by name: the SDK names modeled errors
// `NoSuchEntityException`, unmodeled ones keep IAM's code (`AccessDenied`).

/** Every item of a paginated IAM operation: IAM sets Marker and IsTruncated while more pages follow. */
export async function collectPages<Page extends { IsTruncated?: boolean; Marker?: string }, Item>(
  fetchPage: (Marker: string | undefined) => Promise<Page>,
  items: (page: Page) => Item[] | undefined
): Promise<Item[]> {
  const all: Item[] = []
  let Marker: string | undefined
  do {
    const page = await fetchPage(Marker)
    all.push(...(items(page) ?? []))
    Marker = page.IsTruncated ? page.Marker : undefined
  } while (Marker)
  return all
}

const hasName = (error: unknown, names: string[]): boolean =>
  error instanceof Error && names.includes(error.name)

export function isAccessDenied(error: unknown): boolean {
  return hasName(error, ['AccessDenied', 'AccessDeniedException', 'UnauthorizedOperation'])
}

/** The role (or policy) does not exist. */
export function isNoSuchEntity(error: unknown): boolean {
  return hasName(error, ['NoSuchEntity', 'NoSuchEntityException'])
}

/** CreateRole lost a race: the role exists already. */
export function isEntityAlreadyExists(error: unknown): boolean {
  return hasName(error, ['EntityAlreadyExists', 'EntityAlreadyExistsException'])
}
