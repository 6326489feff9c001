import request from 'supertest';
import { DataSource } from 'typeorm';
import { CatalogPublisher } from '#zed-facades/catalog-storage';
import { ProductFacade } from '#zed-facades/product';
import { countQueries, type QueryCounter } from '../support/query-counter.js';
import { JSON_API, startStorefront, type RunningApplication } from '../support/applications.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

interface Identifier {
  type: string;
  id: string;
}
interface ResourceObject extends Identifier {
  attributes: Record<string, unknown>;
  relationships?: Record<string, { data: Identifier[] | Identifier | null; links?: { related: string } }>;
  links: { self: string };
}
interface Document {
  data: ResourceObject[] | ResourceObject;
  included?: ResourceObject[];
}
interface ImageSets {
  imageSets: { name: string; images: { externalUrlLarge: string; externalUrlSmall: string }[] }[];
}
interface TreeNode {
  nodeId: number;
  name: string;
  children: TreeNode[];
}

const IMAGES = 'https://images.glue.example/products';

/** The demo data's image of `sku` at 1-based `position`. */
const image = (sku: string, position: number) => ({
  externalUrlLarge: `${IMAGES}/${sku}/large-${position}.jpg`,
  externalUrlSmall: `${IMAGES}/${sku}/small-${position}.jpg`,
});

/** A node as Glue nests it: a child with its own children, a parent with its own parents. */
const node = (
  nodeId: number,
  name: string,
  order: number,
  url: string,
  { children = [], parents = [] }: { children?: unknown[]; parents?: unknown[] } = {},
) => ({
  nodeId,
  name,
  metaTitle: name,
  metaDescription: name,
  metaKeywords: name,
  isActive: true,
  order,
  url,
  children,
  parents,
});
const CATALOG = node(1, 'Catalog', 0, '/en');
const COMPUTERS_CHILDREN = [
  node(3, 'Notebooks', 1, '/en/notebooks'),
  node(4, 'Desktop PCs', 2, '/en/desktop-pcs'),
  node(5, 'Monitors', 3, '/en/monitors'),
];

describe('storefront product image sets and category nodes', () => {
  let database: TestDatabase;
  let storefront: RunningApplication;
  let queries: QueryCounter;
  const get = (path: string, locale = 'en-US') =>
    request(storefront.http).get(path).set('Accept', JSON_API).set('Accept-Language', locale);
  const included = (document: Document, type: string) =>
    (document.included ?? []).filter((resource) => resource.type === type);

  beforeAll(async () => {
    database = await createTestDatabase();
    storefront = await startStorefront(database.url);
    queries = countQueries(storefront.app.get(DataSource));
  });
  afterAll(async () => {
    await storefront?.app.close();
    await database?.drop();
  });

  describe('abstract-product-image-sets', () => {
    it('returns a collection of one resource, id the sku, with the image sets of the product', async () => {
      const response = await get('/abstract-products/001/abstract-product-image-sets').expect(200);
      const data = (response.body as Document).data as ResourceObject[];
      expect(data).toHaveLength(1);
      expect(data[0]).toEqual({
        type: 'abstract-product-image-sets',
        id: '001',
        attributes: { imageSets: [{ name: 'default', images: [image('001', 1), image('001', 2)] }] },
        links: { self: expect.stringMatching(/\/abstract-products\/001\/abstract-product-image-sets$/) },
      });
      expect(response.body.meta).toEqual({ page: { total: 1, offset: 0, limit: 1 } });
    });

    it("answers an unknown product with 404 and Glue's 303", async () => {
      const response = await get('/abstract-products/nope/abstract-product-image-sets').expect(404);
      expect(response.body.errors[0]).toMatchObject({ status: '404', code: '303' });
    });
  });

  describe('concrete-product-image-sets', () => {
    it('returns the image sets of a concrete product, id its sku', async () => {
      const abstract = await get('/abstract-products/001').expect(200);
      const attributeMap = (abstract.body.data as ResourceObject).attributes['attributeMap'] as {
        product_concrete_ids: string[];
      };
      const sku = attributeMap.product_concrete_ids[0] ?? '';
      const response = await get(`/concrete-products/${sku}/concrete-product-image-sets`).expect(200);
      const data = (response.body as Document).data as ResourceObject[];
      expect(data).toHaveLength(1);
      expect(data[0]).toMatchObject({ type: 'concrete-product-image-sets', id: sku });
      const { imageSets } = data[0]?.attributes as unknown as ImageSets;
      expect(imageSets.map((set) => set.name)).toEqual(['default']);
      expect(imageSets[0]?.images[0]).toEqual(image(sku, 1));
    });

    it("answers an unknown product with 404 and Glue's 304", async () => {
      const response = await get('/concrete-products/001_nope/concrete-product-image-sets').expect(404);
      expect(response.body.errors[0]).toMatchObject({ status: '404', code: '304' });
    });
  });

  describe('category-nodes', () => {
    it('returns a node with its parent chain and its subtree in the request locale, as Glue nests them', async () => {
      const response = await get('/category-nodes/2').expect(200);
      expect(response.body.data).toEqual({
        type: 'category-nodes',
        id: '2',
        attributes: node(2, 'Computers', 1, '/en/computers', {
          children: COMPUTERS_CHILDREN,
          parents: [CATALOG],
        }),
        links: { self: expect.stringMatching(/\/category-nodes\/2$/) },
      });
    });

    it('nests the children of children: the root holds the whole tree', async () => {
      const response = await get('/category-nodes/1').expect(200);
      const attributes = (response.body.data as ResourceObject).attributes;
      expect(attributes['parents']).toEqual([]);
      const children = attributes['children'] as ReturnType<typeof node>[];
      expect(children.map((child) => child.name)).toEqual([
        'Computers',
        'Cameras',
        'Smartphones',
        'Tablets',
        'Wearables',
        'Audio',
      ]);
      expect(children[0]).toEqual(node(2, 'Computers', 1, '/en/computers', { children: COMPUTERS_CHILDREN }));
    });

    it('chains the parents nearest first, each holding its own parent, in German for de-DE', async () => {
      const response = await get('/category-nodes/5', 'de-DE').expect(200);
      const attributes = (response.body.data as ResourceObject).attributes;
      expect(attributes).toMatchObject({ nodeId: 5, name: 'Monitore', url: '/de/monitors', children: [] });
      expect(attributes['parents']).toEqual([
        {
          ...node(2, 'Computer', 1, '/de/computers'),
          parents: [node(1, 'Katalog', 0, '/de')],
        },
      ]);
    });

    it('reads a node, its ancestors and its whole subtree in a constant number of queries', async () => {
      const [, leafQueries] = await queries.count(() => get('/category-nodes/5').expect(200));
      const [, rootQueries] = await queries.count(() => get('/category-nodes/1').expect(200));
      expect(leafQueries).toBeGreaterThan(0);
      expect(rootQueries).toBe(leafQueries);
    });

    it.each(['999999', 'abc', '0', '2147483648'])(
      "answers node id %s with 404 and Glue's 703",
      async (id) => {
        const response = await get(`/category-nodes/${id}`).expect(404);
        expect(response.body.errors[0]).toMatchObject({ status: '404', code: '703' });
      },
    );
  });

  describe('category-trees', () => {
    it('returns one tree: the top categories with their subcategories', async () => {
      const response = await get('/category-trees').expect(200);
      const data = (response.body as Document).data as ResourceObject[];
      expect(data.map(({ type, id }) => ({ type, id }))).toEqual([{ type: 'category-trees', id: 'en_US' }]);
      const tree = data[0]?.attributes['categoryNodesStorage'] as TreeNode[];
      expect(tree.map((node) => node.name)).toEqual([
        'Computers',
        'Cameras',
        'Smartphones',
        'Tablets',
        'Wearables',
        'Audio',
      ]);
      expect(tree[0]).toEqual({
        nodeId: 2,
        order: 1,
        name: 'Computers',
        url: '/en/computers',
        children: [
          { nodeId: 3, order: 1, name: 'Notebooks', url: '/en/notebooks', children: [] },
          { nodeId: 4, order: 2, name: 'Desktop PCs', url: '/en/desktop-pcs', children: [] },
          { nodeId: 5, order: 3, name: 'Monitors', url: '/en/monitors', children: [] },
        ],
      });
    });
  });

  describe('include', () => {
    it('includes abstract-product-image-sets and category-nodes with full linkage', async () => {
      const response = await get(
        '/abstract-products?page[limit]=5&include=abstract-product-image-sets,category-nodes',
      ).expect(200);
      const document = response.body as Document;
      const products = document.data as ResourceObject[];
      expect(products.map((product) => product.id)).toEqual(['001', '002', '003', '004', '005']);

      const [first, , third] = products;
      expect(first?.relationships?.['abstract-product-image-sets']).toEqual({
        data: [{ type: 'abstract-product-image-sets', id: '001' }],
        links: { related: expect.stringMatching(/\/abstract-products\/001\/abstract-product-image-sets$/) },
      });
      // 001 is a notebook; 003 a monitor also placed in its top category, subcategory first as assigned.
      expect(first?.relationships?.['category-nodes']).toEqual({
        data: [{ type: 'category-nodes', id: '3' }],
      });
      expect(third?.relationships?.['category-nodes']).toEqual({
        data: [
          { type: 'category-nodes', id: '5' },
          { type: 'category-nodes', id: '2' },
        ],
      });

      const imageSets = included(document, 'abstract-product-image-sets');
      expect(imageSets.map((resource) => resource.id)).toEqual(['001', '002', '003', '004', '005']);
      expect(imageSets[0]?.attributes).toEqual({
        imageSets: [{ name: 'default', images: [image('001', 1), image('001', 2)] }],
      });
      const nodes = included(document, 'category-nodes');
      expect(nodes.map((node) => node.id)).toEqual(['3', '4', '5', '2', '7', '6', '8']);

      // Included nodes are the same resources GET /category-nodes/{id} returns.
      const computers = await get('/category-nodes/2').expect(200);
      expect(nodes.find((node) => node.id === '2')?.attributes).toEqual(
        (computers.body.data as ResourceObject).attributes,
      );
    });

    it('nests concrete-products.concrete-product-image-sets', async () => {
      const response = await get(
        '/abstract-products/001?include=concrete-products.concrete-product-image-sets',
      ).expect(200);
      const document = response.body as Document;
      const concretes = included(document, 'concrete-products');
      expect(concretes).toHaveLength(3);
      const imageSets = included(document, 'concrete-product-image-sets');
      expect(imageSets.map((resource) => resource.id)).toEqual(concretes.map((concrete) => concrete.id));
      for (const concrete of concretes) {
        expect(concrete.relationships?.['concrete-product-image-sets']).toEqual({
          data: [{ type: 'concrete-product-image-sets', id: concrete.id }],
          links: {
            related: expect.stringMatching(
              new RegExp(`/concrete-products/${concrete.id}/concrete-product-image-sets$`),
            ),
          },
        });
        const sets = imageSets.find((resource) => resource.id === concrete.id)
          ?.attributes as unknown as ImageSets;
        expect(sets.imageSets[0]?.images[0]).toEqual(image(concrete.id, 1));
      }
    });

    it('applies sparse fieldsets to included resources', async () => {
      const response = await get(
        '/abstract-products?page[limit]=3&include=abstract-product-image-sets,category-nodes&fields[category-nodes]=name',
      ).expect(200);
      const document = response.body as Document;
      const nodes = included(document, 'category-nodes');
      expect(nodes.map((node) => node.attributes)).toEqual([
        { name: 'Notebooks' },
        { name: 'Desktop PCs' },
        { name: 'Monitors' },
        { name: 'Computers' },
      ]);
      expect(Object.keys(included(document, 'abstract-product-image-sets')[0]?.attributes ?? {})).toEqual([
        'imageSets',
      ]);
    });

    it('runs the same number of queries for a page of 5 and a page of 100', async () => {
      const path = (limit: number) =>
        `/abstract-products?page[limit]=${limit}&include=abstract-product-image-sets,category-nodes`;
      const [small, smallCount] = await queries.count(() => get(path(5)).expect(200));
      const [large, largeCount] = await queries.count(() => get(path(100)).expect(200));
      expect((small.body as Document).data).toHaveLength(5);
      expect((large.body as Document).data).toHaveLength(100);
      expect(included(large.body as Document, 'abstract-product-image-sets')).toHaveLength(100);
      expect(largeCount).toBe(smallCount);
    });
  });

  describe('with Glue compatibility off (strict JSON:API)', () => {
    let strict: RunningApplication;
    const strictGet = (path: string) =>
      request(strict.http).get(path).set('Accept', JSON_API).set('Accept-Language', 'en-US');

    beforeAll(async () => {
      strict = await startStorefront(database.url, { glueCompatibility: false });
    });
    afterAll(async () => {
      await strict?.app.close();
    });

    it("nests category nodes the same way and answers Glue's codes: shapes and codes are not modes", async () => {
      const [glue, plain] = await Promise.all([get('/category-nodes/2'), strictGet('/category-nodes/2')]);
      expect(plain.status).toBe(200);
      expect((plain.body.data as ResourceObject).attributes).toEqual(
        (glue.body.data as ResourceObject).attributes,
      );
      const unknownNode = await strictGet('/category-nodes/999999').expect(404);
      expect(unknownNode.body.errors[0]).toMatchObject({ code: '703' });
      const unknownProduct = await strictGet('/abstract-products/nope/abstract-product-image-sets').expect(
        404,
      );
      expect(unknownProduct.body.errors[0]).toMatchObject({ code: '303' });
    });
  });

  // Last: these change the suite's own database.
  describe('inactive data', () => {
    beforeAll(async () => {
      const dataSource = storefront.app.get(DataSource);
      await storefront.app.get(ProductFacade).updateProduct('210', { isActive: false });
      await dataSource.query(`UPDATE category SET is_active = false WHERE category_key = 'soundbars'`);
      // No category writer exists yet: publish the changed tree as one would, in a transaction.
      const publisher = storefront.app.get(CatalogPublisher);
      await dataSource.transaction((manager) => publisher.categoriesChanged(manager));
    });

    it('answers the image sets of an inactive product with 404', async () => {
      const response = await get('/abstract-products/210/abstract-product-image-sets').expect(404);
      expect(response.body.errors[0]).toMatchObject({ code: '303' });
    });

    it('hides an inactive node: 404 itself, left out of its parent and of the tree', async () => {
      await get('/category-nodes/26').expect(404);
      const audio = await get('/category-nodes/22').expect(200);
      const root = await get('/category-nodes/1').expect(200);
      const rootChildren = (root.body.data as ResourceObject).attributes['children'] as TreeNode[];
      expect(
        rootChildren.find((child) => child.name === 'Audio')?.children.map((child) => child.name),
      ).toEqual(['Headphones', 'Wireless Earbuds', 'Speakers']);
      const children = (audio.body.data as ResourceObject).attributes['children'] as { name: string }[];
      expect(children.map((node) => node.name)).toEqual(['Headphones', 'Wireless Earbuds', 'Speakers']);
      const tree = await get('/category-trees').expect(200);
      const roots = (tree.body.data as ResourceObject[])[0]?.attributes['categoryNodesStorage'] as TreeNode[];
      expect(roots.find((node) => node.name === 'Audio')?.children.map((node) => node.name)).toEqual([
        'Headphones',
        'Wireless Earbuds',
        'Speakers',
      ]);
    });
  });
});
