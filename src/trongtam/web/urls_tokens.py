"""URLs of tokens pages."""

from django.urls import URLPattern, URLResolver, path

from . import views_tokens as v

urlpatterns: list[URLPattern | URLResolver] = [
    path("khoa-api/", v.token_list, name="token_list"),
    path("khoa-api/tao/", v.token_create, name="token_create"),
    path("khoa-api/<int:token_id>/thu-hoi/", v.token_revoke, name="token_revoke"),
]
