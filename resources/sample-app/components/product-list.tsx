"use client";

import * as React from "react";
import Image from "next/image";
import { ShoppingBag } from "lucide-react";

import { useCart } from "@/components/cart-provider";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import type { Product } from "@/lib/data";
import { formatPrice } from "@/lib/utils";

export function ProductList({ products }: { products: Product[] }) {
  return (
    <div className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
      {products.map((product) => (
        <ProductCard key={product.id} product={product} />
      ))}
    </div>
  );
}

export function ProductCard({ product }: { product: Product }) {
  const { addItem } = useCart();
  const [variantId, setVariantId] = React.useState(product.variants?.[0]?.id ?? "");
  const [justAdded, setJustAdded] = React.useState(false);

  const variant = product.variants?.find((v) => v.id === variantId);
  const price = product.price + (variant?.priceDelta ?? 0);

  function handleAddToCart() {
    addItem(product, variant);
    setJustAdded(true);
    window.setTimeout(() => setJustAdded(false), 1500);
  }

  return (
    <Card className="flex flex-col overflow-hidden">
      <div className="relative aspect-[4/3] bg-muted">
        <Image src={product.image} alt={product.name} fill className="object-cover" sizes="(min-width: 1024px) 33vw, 50vw" />
        {!product.inStock && (
          <Badge variant="destructive" className="absolute left-3 top-3">
            Sold out
          </Badge>
        )}
      </div>
      <CardHeader>
        <div className="flex items-start justify-between gap-4">
          <CardTitle className="text-lg">{product.name}</CardTitle>
          <span className="font-semibold">{formatPrice(price, product.currency)}</span>
        </div>
        <CardDescription>{product.description}</CardDescription>
      </CardHeader>
      <CardContent className="mt-auto">
        {product.variants && product.variants.length > 0 && (
          <div className="grid gap-2">
            <Label htmlFor={`variant-${product.id}`}>Option</Label>
            <Select
              id={`variant-${product.id}`}
              value={variantId}
              onChange={(event) => setVariantId(event.target.value)}
            >
              {product.variants.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.name}
                </option>
              ))}
            </Select>
          </div>
        )}
      </CardContent>
      <CardFooter>
        <Button className="w-full" onClick={handleAddToCart} disabled={!product.inStock}>
          <ShoppingBag />
          {justAdded ? "Added!" : "Add to cart"}
        </Button>
      </CardFooter>
    </Card>
  );
}
