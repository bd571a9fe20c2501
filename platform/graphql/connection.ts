import { ArgsType, ClassType, Field, Int, ObjectType } from 'type-graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, Page } from '../pagination';
import { PageInfo } from './common-types';

/**
 * Creates the paged list type `<name>Connection`, with its `<name>Edge`, for one node type. The
 * shape matches what `paginate` returns.
 */
export function connectionType<T extends object>(
  name: string,
  nodeType: ClassType<T>,
  description: string,
): ClassType<Page<T>> {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field({ description: 'Opaque position of this node; pass it as `after` for the next page.' })
    cursor: string;

    @Field(() => nodeType)
    node: T;
  }

  @ObjectType(`${name}Connection`, { description })
  class Connection {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'Rows matching the filter, on every page.' })
    totalCount: number;
  }

  return Connection as ClassType<Page<T>>;
}

/** Arguments of a paged list: an optional filter, then page size, cursor and offset. */
export interface ListArgs<F> {
  filter?: F | null;
  first?: number | null;
  after?: string | null;
  offset?: number | null;
}

/** Creates the arguments type of a paged list whose filter is `filterType`. */
export function listArgsType<F extends object>(filterType: ClassType<F>): ClassType<ListArgs<F>> {
  @ArgsType()
  class Arguments {
    @Field(() => filterType, { nullable: true })
    filter?: F | null;

    @Field(() => Int, {
      nullable: true,
      description: `Page size, ${DEFAULT_PAGE_SIZE} by default, at most ${MAX_PAGE_SIZE}.`,
    })
    first?: number | null;

    @Field(() => String, {
      nullable: true,
      description: 'Cursor of the last edge already read; the page starts after it.',
    })
    after?: string | null;

    @Field(() => Int, {
      nullable: true,
      description: 'Rows to skip, for page-number navigation. Not combined with `after`.',
    })
    offset?: number | null;
  }

  return Arguments;
}
